from helpers.ingestion.dedup import find_duplicates, jaccard, shingles
from tests.conftest import FRENCH_TEXT


def test_shingles_and_jaccard():
    assert shingles("a b c d e f") == {"a b c d e", "b c d e f"}
    assert jaccard({"x", "y"}, {"y", "z"}) == 1 / 3


def test_exact_and_near_duplicates_keep_the_smallest_id():
    near = FRENCH_TEXT.replace("plus lourdes", "plus sévères")
    other = "Un tout autre article sur la politique agricole commune et les récoltes de blé."
    docs = [("c", near), ("b", FRENCH_TEXT.upper()), ("a", FRENCH_TEXT), ("d", other)]
    assert find_duplicates(docs, threshold=0.8) == {"b": "a", "c": "a"}


def test_distinct_articles_are_kept():
    assert find_duplicates([("a", FRENCH_TEXT), ("b", "Texte sans rapport aucun.")]) == {}


def test_signature_is_datasketch_minhash_and_precomputed_signatures_change_nothing():
    from datasketch import MinHash

    from helpers.ingestion.dedup import NUM_PERM, signature

    reference = MinHash(num_perm=NUM_PERM, seed=1)
    reference.update_batch([g.encode("utf-8") for g in sorted(shingles(FRENCH_TEXT))])
    assert (signature(FRENCH_TEXT)[1] == reference.hashvalues).all()
    near = FRENCH_TEXT.replace("plus lourdes", "plus sévères")
    docs = [("c", near), ("b", FRENCH_TEXT.upper()), ("a", FRENCH_TEXT)]
    signed = {article_id: signature(text) for article_id, text in docs}
    assert find_duplicates(docs, 0.8, signed) == find_duplicates(docs, 0.8) == {"b": "a", "c": "a"}
