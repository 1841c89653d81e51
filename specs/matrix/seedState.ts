import { expect } from '../../fixtures/index.ts'
import { need } from '../../fixtures/need.ts'
import type { Target } from '../../fixtures/index.ts'
import { approveAll, filed, image, inReview, materials, underReview, type Filed } from '../../fixtures/lifecycleSeed.ts'
import type { FileState } from '../../fixtures/surface.ts'
import { candidateExample } from '../../src/rules/examples.ts'
import { materialsFor } from '../../src/rules/materials.ts'
import { PROFILE_IDS, type ProfileId } from '../../src/rules/profiles.ts'
import { ctxFor } from '../../src/rules/rule.ts'

/** The profiles with a materials portal (the matrix of file states needs one). */
export const PORTAL_PROFILES: ProfileId[] = PROFILE_IDS.filter((p) => materialsFor(candidateExample(undefined, ctxFor(p)), p) !== null)

/** An owner whose file is in `state`, with the material a return names (`named`) and one it does not (`other`); each holds an image. */
export interface OwnerInState { f: Filed; named: string; other: string; reviewer: string | null }

/** Seeds one candidate's file into a state through the adapter (API seeding: no pages). */
export async function ownerIn(target: Target, profile: ProfileId, state: FileState): Promise<OwnerInState> {
  const f0 = await filed(target, profile)
  const required = (await materials(target, f0)).filter((m) => m.required)
  const named = required.find((m) => m.id !== 'identity')!.id
  const other = required.find((m) => m.id !== named)!.id
  if (state === 'submitted') {
    expect((await need(target, 'portal').upload(f0.session, named, image(named))).status).toBe(201)
    return { f: f0, named, other, reviewer: null }
  }
  await underReview(target, f0)
  if (state === 'under-review') return { f: f0, named, other, reviewer: null }
  const { f, reviewer } = await inReview(target, f0)
  if (state === 'returned') {
    const r = await need(target, 'review').decide(reviewer, f.applicationId, 'return', { message: `请重新上传${named}材料。`, materials: [named] })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
  } else {
    await approveAll(target, f, reviewer)
  }
  return { f, named, other, reviewer }
}

/** How many images each material of the owner's portal holds now. */
export async function imageCounts(target: Target, f: Filed): Promise<Record<string, number>> {
  return Object.fromEntries((await materials(target, f)).map((m) => [m.id, m.stored.length]))
}
