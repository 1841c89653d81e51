import type { Candidate } from '../../rules/candidate.ts'

/** The record of a new account before anything beyond registration is filled: every field empty. */
export function blankCandidate(): Candidate {
  return {
    username: '', password: '', recoveryQuestion: '', recoveryAnswer: '',
    origin: '大陆', idType: '居民身份证', idNumber: '', idValidUntil: '', name: '', pinyin: '', sex: '男', birthDate: '',
    ethnicity: '', nationality: '', mainlandPass: '', serviceStatus: '',
    mobile: '', homePhone: '', workPhone: '', email: '', address: '', postcode: '',
    work: { status: '在职', unit: '', unitDivision: '', unitType: '医院', affiliation: '地方', post: '', monthsInPost: 0, title: '', titleDate: '' },
    education: [], training: [], certificates: [],
    application: { examCode: '', area: '', site: '', extraSubject: '无', attempts: 1, freshGraduate: false, skillsExempt: false },
    photo: { format: 'unknown', fileName: '', bytes: 0, width: 0, height: 0, background: '其他', checkedByTool: false, takenOn: '' },
    banUntil: null,
    probationDeclared: false,
  }
}
