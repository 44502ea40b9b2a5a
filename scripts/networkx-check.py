#!/usr/bin/env python3
"""Independent check of src/metrics/ with networkx (test/metrics/networkx.test.ts runs it).

Reads JSON on stdin: one graph {"nodes": [...], "ties": [[a, b], ...], "primary": {id: code},
"partition": [[id, ...], ...]} or a list of such graphs, and prints the same shape of JSON with
networkx's values (or, for E-I and brokerage, a plain brute-force count) for each graph.

    python3 scripts/networkx-check.py < graph.json
"""
import json
import sys
from itertools import combinations

import networkx as nx


def check(graph):
    G = nx.Graph()
    G.add_nodes_from(graph["nodes"])
    G.add_edges_from(tuple(t) for t in graph["ties"])
    primary = graph["primary"]
    n, m = G.number_of_nodes(), G.number_of_edges()

    components = [sorted(c) for c in nx.connected_components(G)]
    largest = min(components, key=lambda c: (-len(c), c[0])) if components else []
    sub = G.subgraph(largest)
    one = len(largest) < 2

    # networkx wants a partition of every node; persons without ties join as singletons (they add 0).
    partition = [set(c) for c in graph.get("partition", [])]
    covered = set().union(*partition) if partition else set()
    partition += [{v} for v in G.nodes if v not in covered]

    same = [primary[a] == primary[b] for a, b in G.edges]
    internal, external = sum(same), len(same) - sum(same)

    return {
        "nodes": n,
        "edges": m,
        "density": nx.density(G) if n > 0 else 0,
        "components": nx.number_connected_components(G),
        "isolates": sorted(nx.isolates(G)),
        "largestComponent": len(largest),
        "diameter": 0 if one else nx.diameter(sub),
        "averagePathLength": 0 if one else nx.average_shortest_path_length(sub),
        "degree": {v: d for v, d in sorted(G.degree)},
        "betweenness": dict(sorted(nx.betweenness_centrality(G, normalized=True).items())),
        "cutVertices": sorted(nx.articulation_points(G)),
        "modularity": nx.community.modularity(G, partition) if m > 0 else None,
        # the bar for our communities (within 0.97): networkx Louvain's best over seeds 0-9
        "louvainBest": max(
            nx.community.modularity(G, nx.community.louvain_communities(G, seed=s)) for s in range(10)
        ) if m > 0 else None,
        "eiIndex": (external - internal) / m if m > 0 else None,
        "functionEI": function_ei(G, primary),
        "brokerage": brokerage(G, primary),
    }


def function_ei(G, primary):
    result = {}
    for code in sorted({primary[v] for v in G.nodes}):
        internal = sum(1 for a, b in G.edges if primary[a] == code and primary[b] == code)
        external = sum(1 for a, b in G.edges if (primary[a] == code) != (primary[b] == code))
        total = internal + external
        result[code] = {"internal": internal, "external": external,
                        "ei": (external - internal) / total if total else None}
    return result


def brokerage(G, primary):
    result = {}
    for b in sorted(G.nodes):
        roles = {"coordinator": 0, "itinerant": 0, "representative": 0, "liaison": 0, "total": 0}
        for a, c in combinations(sorted(G.neighbors(b)), 2):
            if G.has_edge(a, c):
                continue
            ga, gb, gc = primary[a], primary[b], primary[c]
            if ga == gb == gc:
                roles["coordinator"] += 1
            elif ga == gc:
                roles["itinerant"] += 1
            elif gb in (ga, gc):
                roles["representative"] += 1
            else:
                roles["liaison"] += 1
            roles["total"] += 1
        result[b] = roles
    return result


def main():
    data = json.load(sys.stdin)
    out = [check(g) for g in data] if isinstance(data, list) else check(data)
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
