/** The q-quantile (0..1) of times already sorted ascending (the nearest rank at or below; NaN when empty). */
export const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
