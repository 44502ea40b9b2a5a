#!/usr/bin/env python3
"""Reads a nettverk/ folder with networkx's own readers (read_gexf, read_graphml, read_pajek) and
prints what they found as JSON (one entry per folder given), for test/network-files/check-folder.ts to compare with the note."""

import json
import sys

import networkx as nx


def plain(data):
    return {k: v for k, v in data.items() if k != "viz"}


def graph(g):
    if g.is_directed():
        raise SystemExit("read as a directed graph")
    return {
        "nodes": {n: plain(d) for n, d in g.nodes(data=True)},
        "edges": [[a, b, plain(d)] for a, b, d in g.edges(data=True)],
    }


def read(folder):
    out = {
        "gexf": graph(nx.read_gexf(f"{folder}/nettverk.gexf")),
        "graphml": graph(nx.read_graphml(f"{folder}/nettverk.graphml")),
        "pajek": {},
    }
    for level in ["daglig", "ukentlig", "maanedlig"]:
        # read_pajek gives a multigraph: every line is kept, so a tie written twice would show.
        g = nx.read_pajek(f"{folder}/{level}.net")
        out["pajek"][level] = {"nodes": list(g.nodes()), "edges": [[a, b] for a, b in g.edges()]}
    return out


# One process for every folder given: importing networkx is most of the time.
json.dump([read(folder) for folder in sys.argv[1:]], sys.stdout, ensure_ascii=False)
