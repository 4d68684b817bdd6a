/** Types of scripts/zone-names.mjs, for tests. */
export declare function zoneNames(): {
  fixed: Array<[string, number]>
  following: Array<[string, string]>
}
