/** The five source documents in ../shared/seeds, by the short name rules cite them with. */
export const SEEDS = {
  hubei2022: '000_9242fc6944870313.txt',
  hubei2026: '001_afd1656ec5d234f8.txt',
  national: '002_ec197cdf11b4bdbe.txt',
  hebei2022: '003_39023124424e8b02.txt',
  hunan2025: '004_bac1a6ce6928f8a4.txt',
} as const

export type SeedFile = (typeof SEEDS)[keyof typeof SEEDS]
export const SEED_FILES = Object.values(SEEDS) as SeedFile[]
