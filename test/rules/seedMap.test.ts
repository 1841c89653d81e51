import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/rules/catalogue.ts'
import { SEED_FILES } from '../../src/rules/seeds.ts'
import { markersIn } from '../../src/rules/seedMap/markers.ts'
import { buildSeedMap, isUnaccounted, loadSeedMapData, seedCounts, seedMapProblems, SeedMapData } from '../../src/rules/seedMap/seedMap.ts'
import { seedMapMarkdown } from '../../src/rules/seedMap/seedMapMarkdown.ts'
import { splitSeed, squash } from '../../src/rules/seedMap/splitSeed.ts'

// Sentence-level traceability (test262-style): every normative sentence of the seeds is carried by a
// rule or classified with a reason, and the data file names only rules and sentences that exist.

const text = (f: string) => readFileSync(new URL(`../../seeds/${f}`, import.meta.url), 'utf8')
const data = loadSeedMapData()
const map = buildSeedMap(RULES, data)

describe('the seed splitter', () => {
  it.each(SEED_FILES)('splits %s into units that cover its text in order, with unique IDs, the same every time', (f) => {
    const units = splitSeed(f, text(f))
    expect(splitSeed(f, text(f))).toEqual(units)
    expect(new Set(units.map((u) => u.id)).size).toBe(units.length)
    // Nothing is lost but a table's rule lines (|---|) and list bullets: the units, joined, are the seed's text.
    const lines = text(f).split('\n').filter((l) => !/^\s*\|[\s|:-]*$/.test(l)).map((l) => l.replace(/^\s*[-•]\s+/, ''))
    const withoutRules = squash(lines.join('\n'))
    expect(units.map((u) => squash(u.text)).join('')).toBe(withoutRules)
  })

  it('numbers sentences and table rows apart, from the seed text alone', () => {
    const national = splitSeed(SEED_FILES[2]!, text(SEED_FILES[2]!))
    expect(national.find((u) => u.id === '002:S0042')?.text).toBe('注意在完成个人信息填报后必须点击"提交"按钮方可保存成功。')
    expect(national.filter((u) => u.kind === 'row').every((u) => /^002:R\d{4}$/.test(u.id))).toBe(true)
    // A wrapped line is one sentence again.
    expect(national.some((u) => u.text === '凡报名参加国家医学考试中心组织考试的考生,需首先在国家医学考试服务平台上完成账户注册,注册成功后,即可进行考试报名。')).toBe(true)
  })

  it('splits at full stops and semicolons, keeping closing quotes and brackets', () => {
    expect(splitSeed('999_x.txt', '甲须填写。乙不得为空；丙（注意“丁。”）\n| a | b |\n|---|---|\n').map((u) => [u.id, u.text])).toEqual([
      ['999:S0001', '甲须填写。'], ['999:S0002', '乙不得为空；'], ['999:S0003', '丙（注意“丁。”）'], ['999:R0001', '| a | b |'],
    ])
  })
})

describe('the normative markers', () => {
  it.each([
    ['考生须完成网上报名', ['须']],
    ['以应届生报考的只需上传学校证明', ['须', '需', '只需'].filter((w) => w !== '须')],
    ['选择对应的学历真实性证明材料', []],
    ['可以申请增补', []],
  ])('finds in 「%s」 the markers %j', (t, expected) => {
    expect(markersIn(t)).toEqual(expected)
  })
})

describe('the seed map', () => {
  it('names only known rules and sentences that exist, each entry starting as its sentence does', () => {
    expect(seedMapProblems(map, data, new Set(RULES.map((r) => r.id)))).toEqual([])
  })

  it('catches an entry whose sentence is gone or moved, an unknown rule, and a duplicate of nothing', () => {
    const bad = SeedMapData.parse({
      '002:S9999': { starts: '注意', class: 'narrative', reason: 'no such sentence' },
      '002:S0042': { starts: '照片', rules: ['PHOTO-SIZE'] },
      '002:S0041': { starts: '在输入过程中', rules: ['NO-SUCH-RULE'] },
      '002:S0040': { starts: '需要删除', class: 'duplicate', of: '002:S9998' },
    })
    const problems = seedMapProblems(buildSeedMap(RULES, bad), bad, new Set(RULES.map((r) => r.id)))
    expect(problems.map((p) => p.split(':').slice(0, 2).join(':'))).toEqual(['002:S9999', '002:S0042', '002:S0041', '002:S0040'])
  })

  it('accounts for every normative sentence: mapped to a rule or classified with a reason', () => {
    const unaccounted = map.flatMap((m) => m.sentences.filter(isUnaccounted).map((s) => `${s.id} ${s.text}`))
    expect(unaccounted, 'normative sentences neither mapped nor classified: map them in src/rules/seedMap/seedMap.json').toEqual([])
  })

  it('fails a normative sentence that nothing accounts for', () => {
    const { '002:S0042': _dropped, ...rest } = data
    const without = buildSeedMap(RULES.filter((r) => !r.sources.some((s) => s.quote.includes('必须点击"提交"'))), rest)
    expect(without.flatMap((m) => m.sentences.filter(isUnaccounted).map((s) => s.id))).toEqual(['002:S0042'])
  })

  it('counts partition the normative sentences', () => {
    for (const c of seedCounts(map)) expect(c.mapped + c.classified + c.unaccounted).toBe(c.normative)
  })

  it('docs/seed-map.md is in step with the code (run `npm run rules:export` to refresh it)', () => {
    const onDisk = readFileSync(new URL('../../docs/seed-map.md', import.meta.url), 'utf8')
    expect(onDisk === seedMapMarkdown(map), 'docs/seed-map.md is stale: run `npm run rules:export`').toBe(true)
  })

  it('`baoming rules --seed-map` prints the counts per seed as JSON', () => {
    const run = spawnSync('node', [new URL('../../bin/baoming.js', import.meta.url).pathname, 'rules', '--seed-map', '--format', 'json'], { encoding: 'utf8' })
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({ seeds: seedCounts(map) })
    expect(Object.keys(JSON.parse(run.stdout).seeds[0])).toEqual(['seed', 'sentences', 'normative', 'mapped', 'classified', 'unaccounted'])
  })

  it('`baoming rules --seed-map --format md` prints the same counts as a table; with --profile it refuses in one line', () => {
    const bin = new URL('../../bin/baoming.js', import.meta.url).pathname
    const md = spawnSync('node', [bin, 'rules', '--seed-map', '--format', 'md'], { encoding: 'utf8' })
    expect(md.status).toBe(0)
    const first = seedCounts(map)[0]!
    expect(md.stdout.split('\n')).toContain(`| ${first.seed} | ${first.sentences} | ${first.normative} | ${first.mapped} | ${first.classified} | ${first.unaccounted} |`)
    const bad = spawnSync('node', [bin, 'rules', '--seed-map', '--profile', 'national'], { encoding: 'utf8' })
    expect(bad.status).not.toBe(0)
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
    expect(bad.stderr).toMatch(/--seed-map.*--profile/)
  })
})
