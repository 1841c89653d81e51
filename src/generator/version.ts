/** Bumped whenever the same seed would give a different record: records carry it so a rebuild can be checked. */
export const GENERATOR_VERSION = '1.0.0'
