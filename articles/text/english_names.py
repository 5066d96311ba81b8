"""One key for the English spellings of a name, so that a gold file written by someone else
finds the entity: «Abdel Fattah el-Sisi» and «Abdel Fattah al-Sisi», «Recep Tayyip Erdoğan» and
«Recep Tayyip Erdogan», «Hamad bin Jassim» and «Hamad ibn Jassim» are one name. Pure Python:
no Django."""

import re
import unicodedata

# The Arabic article as English transliterations write it («al-Assad», «el-Sisi», «as-Sadr»,
# «Al Thani»); spellings keep it or drop it at will.
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath"})
_SON_OF = {"ibn": "bin", "ben": "bin"}
_WORD = re.compile(r"[a-z0-9]+")
# Letters of transliteration written as marks: dropped, not word breaks («Ma'an» is one word,
# and its «an» no article).
_WITHIN_WORDS = str.maketrans("", "", "ʿʾ'’‘`")


def name_key(name: str) -> str:
    """Lower case, without accents, punctuation, spaces or the article; «ibn» and «ben» as «bin».

    A word of the name is kept even when it is spelt like an article if it is the only word
    («As» alone stays «as»), so that no name's key is empty.
    """
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(char for char in plain if not unicodedata.combining(char)).casefold()
    words = _WORD.findall(plain.translate(_WITHIN_WORDS))
    kept = [_SON_OF.get(word, word) for word in words if word not in _ARTICLES]
    return "".join(kept or words)
