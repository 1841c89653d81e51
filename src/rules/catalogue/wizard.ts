import { z } from 'zod'
import { defineRule, type Finding } from '../rule.ts'
import { SEEDS } from '../seeds.ts'
import { DICTIONARY_COLOURS, PERSONAL_INFO_GROUPS, WIZARD_STEPS, missingNames, namesSeedTitle, sameTitles, type DictionaryEntry } from '../pageView.ts'

// What the national platform's pages look like and how they move: the personal-information groups,
// the application wizard, the dictionary fields, the printable notice. The checkable ones judge a
// `page` subject: what the target's pages show, read through the adapter (`ui.pages`).

const WIZARD = '二、考试报名'
const PERSONAL = '一、完善个人信息 / 1. 个人信息'

export const wizardRules = [
  defineRule({
    id: 'APP-PERSONAL-INFO-GROUPS',
    level: 'must',
    area: 'application',
    stage: 'personal-info',
    title: '个人信息分为六组，教育、培训、证书可添加多条、可删除',
    summary: 'Personal information has six groups (basic, contact, work, education, training, certificates); education, training and certificate records can be added and deleted.',
    sources: [
      { seed: SEEDS.national, section: PERSONAL, quote: '个人信息分为基本信息,联系方式,工作情况,教育经历,培训经历及证书 情况六组' },
      { seed: SEEDS.national, section: '一、完善个人信息 / 填写注意事项', quote: '请按实际情况完整的填写教育经历、培训经历、证书情况' },
      { seed: SEEDS.national, section: '一、完善个人信息 / 填写注意事项', quote: '存在多项时(如同是拥有研究生和本科两项教育经历),请点击' },
    ],
    profiles: { base: { groups: PERSONAL_INFO_GROUPS } },
    note: 'The machine checks the six groups in the seed\'s order (a title within the other counts: 证书 for 证书情况); adding and deleting records is what the record specs do through the adapter.',
    check: {
      subject: 'page',
      path: 'personalInfoGroups',
      test: (v, p): Finding | null => {
        const missing = p.groups.filter((g) => !v.personalInfoGroups.some((shown) => namesSeedTitle(shown, g)))
        if (missing.length) return { code: 'group-missing', detail: { missing: missing.join('、') } }
        const order = p.groups.map((g) => v.personalInfoGroups.findIndex((shown) => namesSeedTitle(shown, g)))
        return order.every((n, i) => i === 0 || n > order[i - 1]!) ? null : { code: 'group-order', detail: { shown: v.personalInfoGroups.join('、') } }
      },
    },
    cases: [
      { name: 'the six groups in order', expected: 'accept' },
      { name: 'a page section besides them (个人照片)', value: ['基本信息', '个人照片', '联系方式', '工作情况', '教育经历', '培训经历', '证书情况'], expected: 'accept' },
      { name: 'no training group', value: ['基本信息', '联系方式', '工作情况', '教育经历', '证书情况'], expected: 'reject' },
      { name: 'contact after work', value: ['基本信息', '工作情况', '联系方式', '教育经历', '培训经历', '证书情况'], expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-PERSONAL-INFO-SAVE-ON-SUBMIT',
    level: 'must',
    area: 'application',
    stage: 'personal-info',
    title: '个人信息须点击“提交”方可保存',
    summary: 'Personal information is saved only when the candidate presses 提交; leaving the page without it keeps nothing.',
    sources: [{ seed: SEEDS.national, section: '一、完善个人信息 / 填写注意事项', quote: '注意在完成个人信息填报后必须点击"提交"按钮方可保存成功' }],
    profiles: { base: {} },
    note: 'The machine changes the mobile number of 联系方式 without pressing 提交, leaves 个人信息 and opens it again: the number must be the one saved before, and the groups\' save controls must name 提交 (保存 of a single record is the record form\'s own control, not 个人信息\'s).',
    check: {
      subject: 'page',
      path: 'unsavedEdit',
      test: (v): Finding[] | null => {
        const u = v.unsavedEdit
        const found: Finding[] = []
        if (u.after !== u.before) found.push({ code: 'kept-without-submit', detail: { before: u.before || '(empty)', after: u.after || '(empty)' } })
        if (!u.saveControls.some((n) => n.includes('提交'))) found.push({ code: 'no-submit-control', detail: { shown: u.saveControls.join('、') || '(none)' } })
        return found.length ? found : null
      },
    },
    cases: [
      { name: 'left unsaved, the page keeps the saved number', expected: 'accept' },
      { name: 'kept without 提交 (saved as typed)', set: { 'unsavedEdit.after': '13912345678' }, expected: 'reject' },
      { name: 'the save control says 保存', set: { 'unsavedEdit.saveControls': ['保存'] }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-FIELD-ERROR-RED-FRAME',
    level: 'should',
    area: 'application',
    stage: 'personal-info',
    title: '格式有误或必填项为空时以红色框标出',
    summary: 'A field with a format error or left empty is framed in red.',
    sources: [{ seed: SEEDS.national, section: '一、完善个人信息 / 填写注意事项', quote: '在输入过程中格式有误或者非空的项会以红色框_____方式表现 出来' }],
    profiles: { base: {} },
    note: 'A should: the seed describes how an error looks, and a target that names the field in its message still tells the candidate; the machine reads the frame colour of a field the page refused.',
    check: { subject: 'page', path: 'refusedFieldFrame', schema: () => z.literal('red') },
    cases: [
      { name: 'red frame', expected: 'accept' },
      { name: 'no coloured frame', value: 'other', expected: 'reject' },
      { name: 'yellow frame', value: 'yellow', expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-DICTIONARY-SEARCH',
    level: 'must',
    area: 'application',
    stage: 'personal-info',
    title: '学校、专业、工作单位从字典中检索选择；字典中没有的申请添加',
    summary: 'Schools, majors and work units are chosen from a dictionary searched by pinyin initials or keyword; a missing one is requested (未找到工作单位) and selectable once added.',
    sources: [
      { seed: SEEDS.national, section: '一、完善个人信息 / 填写注意事项', quote: '在填写毕业学校时可通过输入拼音首字母的方式进行检索选择' },
      { seed: SEEDS.national, section: '附: 网上报名表填写说明 / 毕业学校名称及所在地区', quote: '如果在检索列表中不存在考生毕业的学校,考生可按系统提示申请添加数据字典库。待后台数据库添加成功后方可在菜单中选择。' },
      { seed: SEEDS.national, section: '五、常见问题说明 / 二、8', quote: '如菜单中没有相应的院校名称,则 需申请添加数据,请按系统提示登陆相关链接进行相应的操作' },
      { seed: SEEDS.hunan2025, section: '四、网报流程 / 第七步，工作情况', quote: '3.如果找不到自己的工作单位,点击“未找到工作单位”' },
      { seed: SEEDS.hunan2025, section: '四、网报流程 / 第八步，教育经历', quote: '3.找不到自己的毕业学校:请联系湖南医培教务老师,教你如何申请添加自己的毕业学校;' },
    ],
    profiles: { base: {} },
    note: 'The dictionaries\' content is reference data (src/generator, the adapter\'s units and schools); this rule is about how a page offers them. The machine types a work unit\'s pinyin initials (the adapter picks an entry of its own dictionary) and looks for the entry among the offers, and for a control on 个人信息 that requests a missing entry (申请添加, or 004\'s 未找到工作单位).',
    check: {
      subject: 'page',
      path: 'dictionarySearch',
      test: (v): Finding[] | null => {
        const s = v.dictionarySearch
        const found: Finding[] = []
        if (!/^[a-z]+$/i.test(s.typed)) found.push({ code: 'not-initials', detail: { typed: s.typed } })
        else if (!s.offered.includes(s.sought)) found.push({ code: 'not-offered', detail: { typed: s.typed, sought: s.sought } })
        if (!s.requestControls.some((n) => /申请添加|未找到/.test(n))) found.push({ code: 'no-request', detail: { shown: s.requestControls.join('、') } })
        return found.length ? found : null
      },
    },
    cases: [
      { name: 'offered by its initials, with a way to request', expected: 'accept' },
      { name: '004\'s 未找到工作单位', set: { 'dictionarySearch.requestControls': ['未找到工作单位'] }, expected: 'accept' },
      { name: 'not offered', set: { 'dictionarySearch.offered': ['北京大学第一医院'] }, expected: 'reject' },
      { name: 'searched by the full name, not initials', set: { 'dictionarySearch.typed': '北京协和医院' }, expected: 'reject' },
      { name: 'no way to request a missing unit', set: { 'dictionarySearch.requestControls': ['提交工作情况'] }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-DICTIONARY-COLOURS',
    level: 'should',
    area: 'application',
    stage: 'personal-info',
    title: '字典字段：未填写显示红色，字典中的显示灰色，不在字典中的显示黄色',
    summary: 'When the pointer leaves a dictionary field it shows red when empty, grey when the value is in the dictionary, yellow when it is not.',
    sources: [
      { seed: SEEDS.national, section: '一、完善个人信息 / 填写注意事项', quote: '当鼠标从输入框中移开后,显示红色表示您未输入信息;显示灰色表示您选择的内容存在系统中并可以使用。' },
      { seed: SEEDS.national, section: '五、常见问题说明 / 二、7', quote: '如果工作单位文本框显示黄色表示您输 入的工作单位没有收录在网站工作单位字典中' },
    ],
    profiles: { base: { colours: DICTIONARY_COLOURS } },
    note: 'A should: the colour is a hint beside the dictionary itself (APP-DICTIONARY-SEARCH). The machine reads the work unit field\'s colour (the FAQ\'s own example) left empty, holding a dictionary entry, and holding a name not in the dictionary.',
    check: {
      subject: 'page',
      path: 'dictionaryColours',
      test: (v, p) => {
        const wrong = (Object.keys(p.colours) as DictionaryEntry[]).filter((k) => v.dictionaryColours[k] !== p.colours[k])
        return wrong.length ? wrong.map((k) => ({ code: 'colour', path: `dictionaryColours.${k}`, detail: { shown: v.dictionaryColours[k], seed: p.colours[k] } })) : null
      },
    },
    cases: [
      { name: 'red, grey, yellow', expected: 'accept' },
      { name: 'not in the dictionary shown grey', set: { 'dictionaryColours.not-in-dictionary': 'grey' }, expected: 'reject' },
      { name: 'empty shown without colour', set: { 'dictionaryColours.empty': 'other' }, expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-WIZARD-STEPS',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '报名向导按步骤顺序进行，首先选择报考考试科目',
    summary: 'The application wizard runs its steps in order: choose the exam, basic situation, work, education and training, certificates, confirm (Hunan numbers them 第四步 to 第十二步, with the notice and training as steps of their own).',
    sources: [
      { seed: SEEDS.national, section: `${WIZARD} / 1. 选择报考类别`, quote: '开始报名后,首先需要选择报考考试科目' },
      { seed: SEEDS.national, section: `${WIZARD} / 1. 选择报考类别`, quote: '1 选择报考' },
      { seed: SEEDS.hunan2025, section: '四、网报流程', quote: '第五步,确认考试须知' },
    ],
    profiles: {
      base: { steps: WIZARD_STEPS['002'] },
      readings: {
        'national-2025': [
          { id: '002-二', summary: 'six steps, education and training on one (seed 002\'s step bar)', source: { seed: SEEDS.national, section: `${WIZARD} / 1. 选择报考类别`, quote: '1 选择报考' }, params: { steps: WIZARD_STEPS['002'] } },
          { id: '004-四', summary: 'seven steps, 教育经历 and 培训经历 apart (seed 004, 第四步 to 第十一步 without the notice)', source: { seed: SEEDS.hunan2025, section: '四、网报流程 / 第九步，培训经历', quote: '第九步,培训经历' }, params: { steps: WIZARD_STEPS['004'] } },
        ],
      },
    },
    note: 'Seed 002\'s screenshot shows six steps (选择报考, 基本情况, 工作情况, 教育及培训, 证书, 确认) while its FAQ speaks of "报名的第七步确认"; Hunan 2025 (004) walks 教育经历 and 培训经历 as steps of their own (the notice, 第五步, is APP-NOTICE-AGREE). national holds 002\'s six; national-2025 (hence hunan-2025) accepts either and the report says which the target follows. A title within the other counts (证书 for 证书情况, 确认 for 提交确认); numbers and marks are ignored.',
    check: {
      subject: 'page',
      path: 'wizardSteps',
      test: (v, p) => (sameTitles(v.wizardSteps, p.steps) ? null : { code: 'steps', detail: { shown: v.wizardSteps.join(' > '), seed: p.steps.join(' > ') } }),
    },
    cases: (p) => [
      { name: 'the seed\'s steps in order', value: [...p.steps], expected: 'accept' },
      { name: 'numbered as the step bar draws them', value: p.steps.map((t, i) => `${i + 1} ${t}`), expected: 'accept' },
      { name: 'six steps as 002 draws them', value: [...WIZARD_STEPS['002']], expected: p.steps === WIZARD_STEPS['002'] ? 'accept' : 'reject' },
      { name: 'seven steps as 004 walks them', value: [...WIZARD_STEPS['004']], expected: p.steps === WIZARD_STEPS['004'] ? 'accept' : 'reject' },
      { name: 'work before the basic situation', value: [p.steps[0], p.steps[2], p.steps[1], ...p.steps.slice(3)], expected: 'reject' },
      { name: 'no confirmation step', value: p.steps.slice(0, -1), expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-WIZARD-NAVIGATION',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '报名向导以“上一步”“下一步”在步骤间跳转',
    summary: 'The wizard moves between steps with 上一步 and 下一步.',
    sources: [
      { seed: SEEDS.national, section: `${WIZARD} / 1. 选择报考类别`, quote: '在完成报名的过程中可以通过页面右上方的导航按钮"上一步""下一步" 来实现各个步骤的跳转' },
      { seed: SEEDS.hunan2025, section: '四、网报流程 / 第六步，基本情况', quote: '3.完成后直接点击下一步。' },
    ],
    profiles: { base: { controls: ['上一步', '下一步'] } },
    note: 'Judged on a step between the first and the last (the first has nothing before it, the last submits). Where on the page the controls sit (002: 右上方) is not checked.',
    check: {
      subject: 'page',
      path: 'wizardControls',
      test: (v, p) => {
        const missing = missingNames(v.wizardControls, p.controls)
        return missing.length ? { code: 'control-missing', detail: { missing: missing.join('、') } } : null
      },
    },
    cases: [
      { name: '上一步 and 下一步', expected: 'accept' },
      { name: 'with marks and other controls', value: ['« 上一步', '下一步 »', '上传照片'], expected: 'accept' },
      { name: 'no 上一步', value: ['下一步'], expected: 'reject' },
      { name: 'other words (保存并继续)', value: ['返回', '保存并继续'], expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-WIZARD-PREFILL',
    level: 'must',
    area: 'application',
    stage: 'application',
    title: '报名向导自动填充个人信息中的对应数据',
    summary: 'The wizard fills its fields from the personal information; the candidate completes what is missing.',
    sources: [{ seed: SEEDS.national, section: `${WIZARD} / 1. 选择报考类别`, quote: '系统将默认提取个人信息中的对应数据自动填充报名所需栏目,当内容不够 完整时则需要用户手动补充报名内容' }],
    profiles: { base: {} },
    note: 'The machine opens the wizard\'s 工作情况 step of a new application and compares each field 个人信息 also holds with the value the candidate entered there.',
    check: {
      subject: 'page',
      path: 'wizardPrefill',
      test: (v): Finding | Finding[] | null => {
        if (v.wizardPrefill.length === 0) return { code: 'no-shared-field' }
        const empty = v.wizardPrefill.filter((f) => f.personal !== f.wizard)
        return empty.length ? empty.map((f) => ({ code: 'not-prefilled', detail: { personal: f.personal, wizard: f.wizard || '(empty)' } })) : null
      },
    },
    cases: [
      { name: 'every shared field prefilled', expected: 'accept' },
      { name: 'the unit left empty', value: [{ personal: '北京协和医院', wizard: '' }, { personal: '内科', wizard: '内科' }], expected: 'reject' },
      { name: 'no field of 个人信息 in the wizard', value: [], expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-WIZARD-NEW-RECORD-SAVED',
    level: 'manual',
    area: 'application',
    stage: 'application',
    title: '向导中新增的教育/培训经历须先保存，再勾选',
    summary: 'A record added inside the wizard is saved first and then selected for the application.',
    sources: [
      { seed: SEEDS.national, section: `${WIZARD} / 4. 教育经历和培训经历`, quote: '在此处新增教育/培训经历后,执行选择时,将提示先予以保存,保存完成后需要再次选择此条目' },
      { seed: SEEDS.hunan2025, section: '四、网报流程 / 第八步，教育经历', quote: '5.如果是最新的教育经历信息,请增加后选择最新的,然后勾选最新的学历进入下一步。' },
    ],
    profiles: { base: {} },
    manual: 'A dialogue over several actions (add a record inside the wizard, be told to save it, save, tick it) that ui.pages does not drive: the reference site adds records in 个人信息, linked from the wizard\'s step, so no machine check of it could be proved against the reference; a person checks it on the target.',
  }),

  defineRule({
    id: 'APP-NOTICE-AGREE',
    level: 'manual',
    area: 'application',
    stage: 'application',
    title: '确认考试须知：点击“同意并继续”',
    summary: 'On the 2025 platform (seed 004, Hunan) the wizard shows the exam notice, which the candidate accepts with 同意并继续 before the basic situation.',
    sources: [{ seed: SEEDS.hunan2025, section: '四、网报流程 / 第五步，确认考试须知', quote: '点击同意并继续按钮' }],
    profiles: { base: null, overrides: { 'national-2025': {} } },
    note: 'Only Hunan 2025 (seed 004) shows the notice step; the national guide (002, 2014) goes from the exam straight to 基本情况.',
    manual: 'The notice step is seed 004\'s alone and the reference site has none (its wizard follows 002\'s six steps under every profile), so a check through ui.pages could not be proved against the reference; a person checks the notice and its 同意并继续 on the target.',
  }),

  defineRule({
    id: 'APP-SUCCESS-NOTICE-PRINTABLE',
    level: 'must',
    area: 'application',
    stage: 'submit',
    title: '提交后可打印《网上报名成功通知单》',
    summary: 'Once the application is submitted the candidate can print the registration success notice, which the on-site review requires.',
    sources: [
      { seed: SEEDS.national, section: '一、网上报名', quote: '步骤 5、报名完成后, 打印《医师资格考试网上报名成功通知单》' },
      { seed: SEEDS.hubei2022, section: '二、(五) 完成申报', quote: '跳转回国网系统并打印《医师资格考试网上报名成功通知单》' },
      { seed: SEEDS.hunan2025, section: '四、网报流程 / 第十二步', quote: '1.报名成功通知单是现场审核的必备材料,必须打印出来;' },
    ],
    profiles: { base: { controls: ['打印', '报名成功通知单'] } },
    note: 'The machine checks that a submitted application offers to print the notice (a control naming 打印 and 报名成功通知单); the notice\'s content is the application as stored, which the boundary specs check field by field.',
    check: {
      subject: 'page',
      path: 'submittedControls',
      test: (v, p) => (v.submittedControls.some((n) => p.controls.every((w) => n.includes(w))) ? null : { code: 'print-missing', detail: { shown: v.submittedControls.join('、') } }),
    },
    cases: [
      { name: 'offers 打印《医师资格考试网上报名成功通知单》', expected: 'accept' },
      { name: 'offers 打印报名成功通知单 among others', value: ['放弃报考', '打印报名成功通知单'], expected: 'accept' },
      { name: 'no print control', value: ['放弃报考'], expected: 'reject' },
      { name: 'prints another document', value: ['打印报名表'], expected: 'reject' },
    ],
  }),

  defineRule({
    id: 'APP-CARD-SHOWS-SKILLS-FEE',
    level: 'should',
    area: 'application',
    stage: 'submit',
    title: '报考项目卡片显示技能考试费',
    summary: 'Each application on the 考试报名 page shows its exam, name, area, site, stage, date and the skills-exam fee.',
    sources: [
      { seed: SEEDS.national, section: `${WIZARD} (screenshot)`, quote: '技能考试费: ¥50.00' },
      { seed: SEEDS.national, section: '四、网上缴费 (screenshot)', quote: 'j试费: ¥20.00' },
    ],
    profiles: { base: {} },
    note: 'A should: known only from the screenshots of seed 002 (OCR text); no seed states the fee shown in words, so the amount is PAY-FEE-AMOUNT\'s and this rule is the card\'s content. The machine reads a submitted application\'s card for 技能考试费 and an amount in yuan.',
    check: {
      subject: 'page',
      path: 'applicationCard',
      test: (v) => (/技能考试费\s*[:：]?\s*[¥￥]?\s*\d+(\.\d{1,2})?/.test(v.applicationCard) ? null : { code: 'fee-missing', detail: { shown: v.applicationCard } }),
    },
    cases: [
      { name: 'as the screenshot shows it', expected: 'accept' },
      { name: 'full-width colon and yen sign', value: '技能考试费：￥289.00 缴费状态：未缴费', expected: 'accept' },
      { name: 'no fee on the card', value: '0000001 临床执业医师 阶段 网上报名成功', expected: 'reject' },
      { name: 'the label without an amount', value: '技能考试费：待定', expected: 'reject' },
    ],
  }),

]
