// The rule that picks the bridge builders the figures mark.

import { describe, expect, it } from 'vitest';
import { brokers, DEFAULT_BROKER_OPTIONS } from '../../src/metrics/index.ts';

describe('brokers', () => {
  it('uses the documented defaults', () => {
    expect(DEFAULT_BROKER_OPTIONS).toEqual({ minBetweenness: 0.1, minShareOfMax: 0.5, max: 5 });
  });

  it('keeps persons at or above both floors, highest first', () => {
    // floor = max(0.1, 0.5 · 0.5) = 0.25: a and b; c (0.2) is below half the highest
    expect(brokers({ c: 0.2, a: 0.5, b: 0.3, d: 0.09 })).toEqual(['a', 'b']);
    // exactly on the floors counts
    expect(brokers({ a: 0.2, b: 0.1 })).toEqual(['a', 'b']);
  });

  it('needs betweenness of at least 0.1', () => {
    expect(brokers({ a: 0.08, b: 0.05 })).toEqual([]);
  });

  it('is empty with no betweenness at all (no ties, complete graph, matching)', () => {
    expect(brokers({ a: 0, b: 0 })).toEqual([]);
    expect(brokers({})).toEqual([]);
  });

  it('orders equal values by id, and treats floating-point noise as equal', () => {
    expect(brokers({ b: 0.4, a: 0.4 })).toEqual(['a', 'b']);
    expect(brokers({ b: 0.30000000000000004, a: 0.3 })).toEqual(['a', 'b']);
  });

  it('keeps at most five', () => {
    // floor max(0.1, 0.45): all six qualify, the five highest are kept
    expect(brokers({ f: 0.5, e: 0.55, d: 0.6, c: 0.7, b: 0.8, a: 0.9 })).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('does not choose between equals by id at the cut', () => {
    // d, e, f share 5th–6th place: all three are left out
    expect(brokers({ a: 0.9, b: 0.8, c: 0.7, d: 0.6, e: 0.6, f: 0.6 })).toEqual(['a', 'b', 'c']);
  });

  it('takes options', () => {
    expect(brokers({ a: 0.9, b: 0.8, c: 0.05 }, { max: 1 })).toEqual(['a']);
    expect(brokers({ a: 0.9, b: 0.05 }, { minBetweenness: 0.01, minShareOfMax: 0 })).toEqual(['a', 'b']);
  });
});
