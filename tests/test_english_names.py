import pytest

from articles.text.english_names import name_key


@pytest.mark.parametrize(
    "one, other",
    [
        ("Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi"),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
        ("Hamad bin Jassim Al Thani", "Hamad ibn Jassim al-Thani"),
        ("Bashar al-Assad", "BASHAR ASSAD"),
        ("Nur-Sultan", "Nur Sultan"),
        ("Ma'an", "Ma’an"),
    ],
)
def test_it_gives_spellings_of_one_name_one_key(one, other):
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(
    "one, other",
    [
        ("Faisal Mekdad", "Faisal bin Farhan"),
        ("Ma'an", "Ma"),  # the «an» inside a word is no article
        ("Abdullah II", "Abdullah"),
    ],
)
def test_it_keeps_different_names_apart(one, other):
    assert name_key(one) != name_key(other)


def test_it_never_gives_an_empty_key():
    assert name_key("Al") == "al"
    assert name_key("As Ad") == "asad"
