/**
 * Rules that judge whether a record may be used for the application (its eligibility), not whether its
 * data is right: a candidate may keep such a record without ticking it (seed 002: a 执业助理医师(乡镇)
 * certificate 不具备报考资格 — for the application, not as a record of what the candidate holds). They are
 * checked where the record is ticked (the wizard's 教育/证书 steps and 提交), never when it is saved.
 */
export const JUDGED_WHEN_TICKED: ReadonlySet<string> = new Set(['CERT-TYPE-ELIGIBLE'])
