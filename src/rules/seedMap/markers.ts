/** A word that makes a sentence normative, and why it is on the list. */
export interface Marker { word: string; why: string }

const ISSUE = 'listed in issue 14'

/** The normative markers: the issue's list, then the words the seeds state requirements with that it lacks. */
export const MARKERS: readonly Marker[] = [
  ...['须', '必须', '应', '应当', '不得', '不能', '不可', '不要', '只能', '方可', '需', '要求', '请', '注意', '务必', '一律', '以内', '不超过', '小于', '大于', '至少']
    .map((word) => ({ word, why: ISSUE })),
  { word: '不予', why: 'a refusal: 逾期不予补报 (000, 003), 一律不予退费 (003), 外省应届研究生不予受理 (003)' },
  { word: '无需', why: 'an exemption a site must honour: 技能免考考生无需缴纳技能考试费 (000), 无需进行现场审核 (002)' },
  { word: '无须', why: 'an exemption: 无须填写毕业学校及毕业年月 (002 table)' },
  { word: '不必', why: 'an exemption: "毕业证书编号"不必填写 (002 FAQ)' },
  { word: '可不', why: 'a field that may stay blank: 当年毕业研究生可不用输入毕业证书编号 (002)' },
  { word: '视为', why: 'a consequence: 未缴费均视为无效报名 (000), 逾期未上传材料的考生视为放弃报名 (003)' },
  { word: '仅限', why: 'a restriction: 本项仅限单位隶属为军队、武警、公安的考生填写 (002), 仅限河北省内院校 (003)' },
  { word: '只需', why: 'a restriction on what is uploaded: 以应届生报考的只需上传学校证明 (000)' },
  { word: '不允许', why: 'a refusal: 不允许修订，将直接被判定为审核不通过 (003)' },
  { word: '无效', why: 'a refusal: 正本无效, 其他证明无效 (003)' },
  { word: '不接受', why: 'a refusal: 报名系统不接受未经该工具检测的照片 (001)' },
  { word: '只接受', why: 'a restriction: 网报系统只接受经该工具检测通过且保存后的照片 (003)' },
  { word: '为准', why: 'which source decides: 最终结果以打印准考证为准 (000), 以"已缴费"为准 (003)' },
  { word: '不少于', why: 'a lower bound: 外籍护照号码长度不少于 6 位 (002 table)' },
  { word: '切记', why: 'an instruction: 省直医院考生请选择省直考点,切记 (004)' },
  { word: '固定', why: 'a fixed length or count: 手机号码固定 11 位 (002), 固定数量的图片 (001, 003)' },
  { word: '格式', why: 'a format requirement stated without a modal verb: 格式为 YYYY-MM (002), 格式jpg (004)' },
]

/** Words that contain a marker but state no requirement (应届 graduate, 对应 corresponding, 申请 apply). */
export const NOT_MARKERS: readonly string[] = ['应届', '对应', '相应', '应用', '申请', '所需']

/** The markers a text carries, once the compounds that only look like markers are taken out. */
export function markersIn(text: string): string[] {
  let t = text
  for (const w of NOT_MARKERS) t = t.replaceAll(w, '·')
  return MARKERS.filter((m) => t.includes(m.word)).map((m) => m.word)
}
