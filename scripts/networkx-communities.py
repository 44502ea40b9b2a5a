#!/usr/bin/env python3
"""Reference modularity for src/metrics/communities.ts (test/metrics/community-quality.test.ts).

Writes test/fixtures/metrics/classic-networks.json: networkx's classic real networks, unweighted,
each with its persons, ties and the best modularity that networkx's Louvain finds over seeds 0-9
(the bar our communities must reach within 0.97). Needs python3 with networkx.

    python3 scripts/networkx-communities.py > test/fixtures/metrics/classic-networks.json
"""
import json

import networkx as nx
from networkx.algorithms import bipartite


def davis_women():
    G = nx.davis_southern_women_graph()
    women = [v for v, side in G.nodes(data="bipartite") if side == 0]
    return bipartite.projected_graph(G, women)


NETWORKS = [
    ("karate-club", nx.karate_club_graph),
    ("les-miserables", nx.les_miserables_graph),
    ("florentine-families", nx.florentine_families_graph),
    ("davis-southern-women-projected", davis_women),
    # generated, for a case with many communities: six caves of seven, a quarter of ties rewired
    ("relaxed-caveman-6x7", lambda: nx.relaxed_caveman_graph(6, 7, 0.25, seed=3)),
    ("random-partition-120", lambda: nx.random_partition_graph([30, 25, 20, 20, 15, 10], 0.25, 0.02, seed=7)),
]


def best_louvain(G):
    return max(
        nx.community.modularity(G, nx.community.louvain_communities(G, weight=None, seed=s), weight=None)
        for s in range(10)
    )


def main():
    cases = []
    for name, make in NETWORKS:
        G = nx.Graph(make())
        G.remove_edges_from(list(nx.selfloop_edges(G)))
        nodes = sorted(str(v) for v in G.nodes)
        ties = sorted(sorted((str(a), str(b))) for a, b in G.edges)
        cases.append({"name": name, "nodes": nodes, "ties": ties, "networkxBest": best_louvain(G)})
    print("[\n" + ",\n".join(json.dumps(c, ensure_ascii=False) for c in cases) + "\n]")


if __name__ == "__main__":
    main()
