"""Quote attribution rules read from the parse, each on a French text written for the
test (other names, other topics than any annotated article)."""

from tests.test_quotes import quotes_of


def test_a_free_standing_quotation_with_its_full_stop_after_the_mark(analyse):
    found = quotes_of(
        analyse,
        "Cette hausse des prix, Hélène Garnier, boulangère à Vesoul, la subit chaque matin. "
        "Le sac de farine a doublé en un an. « Nous ne pouvons plus suivre avec des marges "
        "aussi faibles ».",
    )
    assert [s for _, s, _ in found] == ["Hélène Garnier"]
