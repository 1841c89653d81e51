import { defineRule } from '../rule.ts'
import { SEEDS } from '../seeds.ts'

// What the national platform's pages look like and how they move: the personal-information groups,
// the application wizard, the dictionary fields, the printable notice. The harness's subjects are
// the data a candidate enters, uploads, lifecycle events and account actions, none of which is a
// page's layout; until the adapter exposes the wizard's pages, a person checks these on the target.
/** Why a rule about a page's look or flow is manual for now. */
export const PAGES = 'Judged on the target\'s pages (the order of steps, a button\'s name, a colour, a mark): the adapter exposes no page structure to a machine check yet, so a person checks it.'

const WIZARD = '二、考试报名'
const PERSONAL = '一、完善个人信息 / 1. 个人信息'

export const wizardRules = [
  defineRule({
    id: 'APP-PERSONAL-INFO-GROUPS',
    level: 'manual',
    area: 'application',
    stage: 'personal-info',
    title: '个人信息分为六组，教育、培训、证书可添加多条、可删除',
    summary: 'Personal information has six groups (basic, contact, work, education, training, certificates); education, training and certificate records can be added and deleted.',
    sources: [
      { seed: SEEDS.national, section: PERSONAL, quote: '个人信息分为基本信息,联系方式,工作情况,教育经历,培训经历及证书 情况六组' },
      { seed: SEEDS.national, section: '一、完善个人信息 / 填写注意事项', quote: '请按实际情况完整的填写教育经历、培训经历、证书情况' },
      { seed: SEEDS.national, section: '一、完善个人信息 / 填写注意事项', quote: '存在多项时(如同是拥有研究生和本科两项教育经历),请点击' },
    ],
    profiles: { base: {} },
    manual: PAGES,
  }),

  defineRule({
    id: 'APP-PERSONAL-INFO-SAVE-ON-SUBMIT',
    level: 'manual',
    area: 'application',
    stage: 'personal-info',
    title: '个人信息须点击“提交”方可保存',
    summary: 'Personal information is saved only when the candidate presses 提交; leaving the page without it keeps nothing.',
    sources: [{ seed: SEEDS.national, section: '一、完善个人信息 / 填写注意事项', quote: '注意在完成个人信息填报后必须点击"提交"按钮方可保存成功' }],
    profiles: { base: {} },
    manual: PAGES,
  }),

  defineRule({
    id: 'APP-FIELD-ERROR-RED-FRAME',
    level: 'manual',
    area: 'application',
    stage: 'personal-info',
    title: '格式有误或必填项为空时以红色框标出',
    summary: 'A field with a format error or left empty is framed in red.',
    sources: [{ seed: SEEDS.national, section: '一、完善个人信息 / 填写注意事项', quote: '在输入过程中格式有误或者非空的项会以红色框_____方式表现 出来' }],
    profiles: { base: {} },
    manual: PAGES,
  }),

  defineRule({
    id: 'APP-DICTIONARY-SEARCH',
    level: 'manual',
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
    note: 'The dictionaries\' content is reference data (src/generator, the adapter\'s units and schools); this rule is about how a page offers them.',
    manual: PAGES,
  }),

  defineRule({
    id: 'APP-DICTIONARY-COLOURS',
    level: 'manual',
    area: 'application',
    stage: 'personal-info',
    title: '字典字段：未填写显示红色，字典中的显示灰色，不在字典中的显示黄色',
    summary: 'When the pointer leaves a dictionary field it shows red when empty, grey when the value is in the dictionary, yellow when it is not.',
    sources: [
      { seed: SEEDS.national, section: '一、完善个人信息 / 填写注意事项', quote: '当鼠标从输入框中移开后,显示红色表示您未输入信息;显示灰色表示您选择的内容存在系统中并可以使用。' },
      { seed: SEEDS.national, section: '五、常见问题说明 / 二、7', quote: '如果工作单位文本框显示黄色表示您输 入的工作单位没有收录在网站工作单位字典中' },
    ],
    profiles: { base: {} },
    manual: PAGES,
  }),

  defineRule({
    id: 'APP-WIZARD-STEPS',
    level: 'manual',
    area: 'application',
    stage: 'application',
    title: '报名向导按步骤顺序进行，首先选择报考考试科目',
    summary: 'The application wizard runs its steps in order: choose the exam, basic situation, work, education and training, certificates, confirm (Hunan numbers them 第四步 to 第十二步, with the notice and training as steps of their own).',
    sources: [
      { seed: SEEDS.national, section: `${WIZARD} / 1. 选择报考类别`, quote: '开始报名后,首先需要选择报考考试科目' },
      { seed: SEEDS.national, section: `${WIZARD} / 1. 选择报考类别`, quote: '1 选择报考' },
      { seed: SEEDS.hunan2025, section: '四、网报流程', quote: '第五步,确认考试须知' },
    ],
    profiles: { base: {} },
    note: 'Seed 002\'s screenshot shows six steps (选择报考, 基本情况, 工作情况, 教育及培训, 证书, 确认) while its FAQ speaks of "报名的第七步确认"; Hunan 2025 (004) adds the notice (第五步) and a training step (第九步). The order is what the seeds agree on; the number of steps is not checked.',
    manual: PAGES,
  }),

  defineRule({
    id: 'APP-WIZARD-NAVIGATION',
    level: 'manual',
    area: 'application',
    stage: 'application',
    title: '报名向导以“上一步”“下一步”在步骤间跳转',
    summary: 'The wizard moves between steps with 上一步 and 下一步.',
    sources: [
      { seed: SEEDS.national, section: `${WIZARD} / 1. 选择报考类别`, quote: '在完成报名的过程中可以通过页面右上方的导航按钮"上一步""下一步" 来实现各个步骤的跳转' },
      { seed: SEEDS.hunan2025, section: '四、网报流程 / 第六步，基本情况', quote: '3.完成后直接点击下一步。' },
    ],
    profiles: { base: {} },
    manual: PAGES,
  }),

  defineRule({
    id: 'APP-WIZARD-PREFILL',
    level: 'manual',
    area: 'application',
    stage: 'application',
    title: '报名向导自动填充个人信息中的对应数据',
    summary: 'The wizard fills its fields from the personal information; the candidate completes what is missing.',
    sources: [{ seed: SEEDS.national, section: `${WIZARD} / 1. 选择报考类别`, quote: '系统将默认提取个人信息中的对应数据自动填充报名所需栏目,当内容不够 完整时则需要用户手动补充报名内容' }],
    profiles: { base: {} },
    manual: PAGES,
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
    manual: PAGES,
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
    manual: PAGES,
  }),

  defineRule({
    id: 'APP-SUCCESS-NOTICE-PRINTABLE',
    level: 'manual',
    area: 'application',
    stage: 'submit',
    title: '提交后可打印《网上报名成功通知单》',
    summary: 'Once the application is submitted the candidate can print the registration success notice, which the on-site review requires.',
    sources: [
      { seed: SEEDS.national, section: '一、网上报名', quote: '步骤 5、报名完成后, 打印《医师资格考试网上报名成功通知单》' },
      { seed: SEEDS.hubei2022, section: '二、(五) 完成申报', quote: '跳转回国网系统并打印《医师资格考试网上报名成功通知单》' },
      { seed: SEEDS.hunan2025, section: '四、网报流程 / 第十二步', quote: '1.报名成功通知单是现场审核的必备材料,必须打印出来;' },
    ],
    profiles: { base: {} },
    manual: `${PAGES} The notice is a print view, not data a rule can check.`,
  }),

  defineRule({
    id: 'APP-CARD-SHOWS-SKILLS-FEE',
    level: 'manual',
    area: 'application',
    stage: 'submit',
    title: '报考项目卡片显示技能考试费',
    summary: 'Each application on the 考试报名 page shows its exam, name, area, site, stage, date and the skills-exam fee.',
    sources: [
      { seed: SEEDS.national, section: `${WIZARD} (screenshot)`, quote: '技能考试费: ¥50.00' },
      { seed: SEEDS.national, section: '四、网上缴费 (screenshot)', quote: 'j试费: ¥20.00' },
    ],
    profiles: { base: {} },
    note: 'Known only from the screenshots of seed 002 (OCR text); no seed states the fee shown in words, so the amount is PAY-FEE-AMOUNT\'s and this rule is the card\'s content.',
    manual: PAGES,
  }),

]
