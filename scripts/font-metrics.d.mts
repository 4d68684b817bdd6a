/** Types of scripts/font-metrics.mjs, for tests. */
export declare const fontFiles: {regular: string; semibold: string}
export declare function measuredCharacters(): string[]
export declare function measure(weight: 'regular' | 'semibold'): number[]
export declare function source(): string
