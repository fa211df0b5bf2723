"""Community colours and names shared by the static and the interactive network.

The colours are Okabe & Ito's (2008) palette, told apart with every common colour-vision
deficiency; communities beyond its size share a light grey and keep their names on hover.
"""

from __future__ import annotations

import pandas as pd

# Okabe & Ito (2008), most distinct first; black last, since labels are black too
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
             "#000000")  # fmt: skip
OTHER = "#BBBBBB"


def _rgb(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))


OTHER_RGB = _rgb(OTHER)


def community_colors(nodes: pd.DataFrame, min_stability: float | None = None) -> dict[int, tuple]:
    """One colour per community, the largest first; the smallest ones share grey.

    With ``min_stability``, the communities whose members' mean stability reaches it
    (those the readings call stable) are coloured whatever their size: a small community
    that holds up under resampling is one a reader is sent to look for. The largest of
    the others fill the palette; colours then go in order of size."""
    sizes = nodes["community"].value_counts()
    stable = set()
    if min_stability is not None and "stability" in nodes:
        means = nodes.groupby("community")["stability"].mean()
        stable = {c for c, m in means.items() if m >= min_stability and sizes[c] > 1}
    by_size = sorted(sizes.index, key=lambda c: (-sizes[c], c))
    chosen = set(sorted(by_size, key=lambda c: c not in stable)[: len(OKABE_ITO)])
    coloured = [c for c in by_size if c in chosen]
    colours = {c: _rgb(OKABE_ITO[i]) for i, c in enumerate(coloured)}
    return {c: colours.get(c, OTHER_RGB) for c in by_size}


def community_names(nodes: pd.DataFrame) -> dict[int, str]:
    """A community is named after its two most central members, over the whole corpus,
    so that every figure gives it the same name."""
    names = {}
    for community, group in nodes.groupby("community"):
        top = group.sort_values(["weighted_degree", "entity"], ascending=[False, True])
        names[community] = " · ".join(top["entity"].head(2))
    return names


def hex_colour(rgb: tuple | None) -> str:
    """``#rrggbb`` of an RGB triple in [0, 1]; grey for a community without colour."""
    if rgb is None:
        return OTHER
    return "#{:02x}{:02x}{:02x}".format(*(round(255 * c) for c in rgb))
