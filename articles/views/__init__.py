"""Small function views, one module a page family."""
