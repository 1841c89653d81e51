// The fixed wording printed on the material documents the generator draws (its characters are in the
// CJK glyph atlas, scripts/cjkGlyphs.ts). The candidate's own facts fill the blanks.

/** Labels and headings of each document, in print order. */
export const DOCUMENT_TEXT = {
  idFront: { name: '姓名', sex: '性别', ethnicity: '民族', birth: '出生', address: '住址', number: '公民身份号码' },
  idBack: { country: '中华人民共和国', title: '居民身份证', authority: '签发机关', validity: '有效期限', police: '公安局', longTerm: '长期' },
  handHeld: { caption: '本人手持身份证正面照片' },
  diploma: { title: '毕业证书', body: '学生', sexLabel: '性别', born: '年', month: '月', day: '日生', studied: '于', until: '至', inSchool: '在本校', major: '专业', length: '年制', level: '学习，修完教学计划规定的全部课程，成绩合格，准予毕业。', principal: '校（院）长', number: '证书编号', school: '学校名称' },
  report: { title: '教育部学历证书电子注册备案表', site: '学信网', name: '姓名', school: '毕业院校', level: '层次', major: '专业', graduation: '毕业日期', code: '在线验证码', issued: '更新日期' },
  certificate: { title: '医师资格证书', assistantTitle: '执业助理医师资格证书', authority: '中华人民共和国国家卫生健康委员会', holder: '持证人', category: '类别', number: '证书编码', issued: '签发日期', passed: '经国家医师资格考试合格，取得执业助理医师资格。' },
  license: { title: '医师执业证书', assistantTitle: '执业助理医师执业证书', registered: '注册日期', scope: '执业范围', unit: '执业地点', number: '证书编码', authority: '发证机关', health: '卫生健康委员会' },
  probation: { title: '试用期考核证明', body: '同志于', joined: '起在我单位试用，从事', post: '工作，试用期考核合格。', unit: '单位（盖章）', date: '日期' },
  generic: { holder: '姓名', idNumber: '证件号码', note: '（复印件，与原件一致）' },
  stamp: { seal: '专用章' },
  fault: { otherSchool: '其他学院' },
} as const
