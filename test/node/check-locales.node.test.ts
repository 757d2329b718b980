// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// compute-calc/check on German, French and Spanish stories: the seed story as each newsroom would
// print it, stories in several styles (lists, quotes, footnote markers between words, numbers with
// and without spaces), and correct stories that must get no false alarm.
// Expected values are worked by hand from the figures of src/core/data (as check.node.test.ts):
//   370 GWh ÷ 10,791 kWh per US household = 34,288 households; 34,000,000 ÷ 34,288 = 991.6.
//   900 GWh ÷ 10,791 kWh = 83,403 households.
//   100,000 H100 at $25,000–$40,000: chips alone $2.5–4 billion, so "over $2 billion" holds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkStory, detectLanguage, type Finding } from '../../src/check/index.js';
import { calculatePower } from '../../src/core/index.js';
import { assertClean, byText, elementVerdict, snippetAttrs } from './helpers/check.js';

interface Seed {
  readonly locale: 'de' | 'fr' | 'es';
  readonly story: string;
  readonly gpus: string;
  readonly money: string;
  readonly energy: string;
  readonly homes: string;
  /** The households' reason, in the story's language: the catalog's verdict sentence, the checker's own words after it. */
  readonly reason: RegExp;
  /** A cluster size's reason, in the story's language. */
  readonly unchecked: string;
}

const SEEDS: readonly Seed[] = [
  {
    locale: 'de',
    story: `Meta trainiert Llama 4 auf einem Cluster mit mehr als 100.000 Nvidia-H100-GPUs, der laut Mark Zuckerberg „größer als alles ist, was ich bisher gesehen habe“. Allein die Chips kosten über 2 Mrd. Dollar.

Ein solcher Cluster würde mindestens 370 GWh[3] pro Jahr verbrauchen, so viel wie über 34 Millionen durchschnittliche amerikanische Haushalte.

- xAI verdoppelt Colossus auf 200.000 Hopper-GPUs.
- Meta will bis Ende 2024 eine halbe Million H100-Äquivalente erreichen.`,
    gpus: 'mehr als 100.000 Nvidia-H100-GPUs',
    money: 'über 2 Mrd. Dollar',
    energy: 'mindestens 370 GWh[3] pro Jahr',
    homes: 'über 34 Millionen durchschnittliche amerikanische Haushalte',
    reason: /^Die Angabe „über 34 Millionen durchschnittliche amerikanische Haushalte“ ist etwa 1\.000-mal zu hoch: Diese Schätzung ergibt 34\.300 Haushalte in den USA für mindestens 370 GWh pro Jahr\.$/,
    unchecked: 'Eine Clustergröße: Die anderen Zahlen zu diesem Cluster werden an ihr geprüft.',
  },
  {
    locale: 'fr',
    story: `Meta entraîne Llama 4 sur une grappe de plus de 100\u202f000 GPU H100 de Nvidia, « plus grand que tout ce que j’ai vu », selon Mark Zuckerberg. Les puces à elles seules coûtent plus de 2 milliards de dollars.

Une telle grappe consommerait au moins 370\u00a0GWh[3] par an, l’équivalent de plus de 34 millions de foyers américains.

- xAI double Colossus à 200 000 GPU Hopper.
- Meta vise un demi-million d’équivalents H100 d’ici fin 2024.`,
    gpus: 'plus de 100\u202f000 GPU H100',
    money: 'plus de 2 milliards de dollars',
    energy: 'au moins 370\u00a0GWh[3] par an',
    homes: 'plus de 34 millions de foyers',
    reason: /^Le chiffre «\u00a0plus de 34 millions de foyers\u00a0» est environ 1\u202f000 fois trop élevé\u00a0: cette estimation donne 34\u202f300 foyers aux États-Unis pour au moins 370 GWh par an\.$/,
    unchecked: 'Une taille de cluster\u00a0: les autres chiffres sur ce cluster sont vérifiés à partir d’elle.',
  },
  {
    locale: 'es',
    story: `Meta entrena Llama 4 en un clúster de más de 100.000 GPU H100 de Nvidia, «más grande que cualquier cosa que haya visto», según Mark Zuckerberg. Solo los chips cuestan más de 2.000 millones de dólares.

Un clúster así consumiría al menos 370 GWh[3] al año, lo que equivale a más de 34 millones de hogares estadounidenses.

- xAI duplica Colossus con 200.000 GPU Hopper.
- Meta aspira a medio millón de equivalentes H100 a finales de 2024.`,
    gpus: 'más de 100.000 GPU H100',
    money: 'más de 2.000 millones de dólares',
    energy: 'al menos 370 GWh[3] al año',
    homes: 'más de 34 millones de hogares',
    reason: /^La cifra «más de 34 millones de hogares» es unas 1000 veces demasiado alta: esta estimación da 34\.300 hogares en Estados Unidos para al menos 370 GWh al año\.$/,
    unchecked: 'Un tamaño de clúster: las demás cifras sobre este clúster se comprueban con él.',
  },
];

/** Every checked finding's snippet, read by its element in the story's language, gives the finding's verdict. */
function assertElementsAgree(findings: readonly Finding[], locale: string): void {
  for (const f of findings) {
    if (!f.verdict || !f.snippet || f.kind === 'cluster-rank') continue;
    assert.equal(snippetAttrs(f.snippet).attrs.locale, locale, f.snippet);
    const v = elementVerdict(f.snippet);
    assert.ok(v, f.snippet);
    assert.equal(v.kind, f.verdict.kind, f.snippet);
    assert.ok(Math.abs(v.factor - f.verdict.factor) < 1e-9 * Math.max(1, v.factor), f.snippet);
  }
}

for (const seed of SEEDS) {
  test(`checkStory(seed story in ${seed.locale}, { locale: '${seed.locale}' }) finds the same figures as in English, with offsets into the text`, () => {
    const r = checkStory(seed.story, { locale: seed.locale });
    assertClean(r);
    assert.equal(r.locale, seed.locale);
    assert.deepEqual(r.notes, []);
    for (const f of r.findings) assert.equal(seed.story.slice(f.start, f.end), f.text);
    assert.deepEqual(r.findings.map((f) => f.kind), ['gpus', 'cluster-rank', 'money', 'energy', 'homes', 'gpus', 'gpus']);
    const gpus = r.findings[0];
    assert.equal(gpus.text, seed.gpus);
    assert.equal(gpus.value, 100_000);
    assert.equal(gpus.accelerator, 'h100-sxm');
    assert.equal(gpus.qualifier, 'min');
    assert.equal(r.findings[5].value, 200_000);
    assert.equal(r.findings[5].accelerator, 'h100-sxm');
    assert.equal(r.findings[6].value, 500_000);
    assert.equal(byText(r.findings, seed.money.slice(-12)).text, seed.money);
    assert.equal(r.findings[2].value, 2e9);
    assert.equal(r.findings[3].text, seed.energy);
    assert.equal(r.findings[3].value, 370e9);
    assert.equal(r.findings[4].text, seed.homes);
    assert.equal(r.findings[4].value, 34e6);
  });

  test(`checkStory(seed story in ${seed.locale}): the households are about 1,000× too high against 370 GWh, in the story's language`, () => {
    const { findings } = checkStory(seed.story, { locale: seed.locale });
    const homes = findings[4];
    // 34,000,000 ÷ (370 GWh ÷ 10,791 kWh) = 991.6.
    assert.equal(homes.verdict?.kind, 'too-high');
    assert.ok(Math.abs((homes.verdict?.factor ?? 0) - 991.6) < 0.5, String(homes.verdict?.factor));
    assert.equal(homes.verdict?.againstIndex, 3);
    assert.match(homes.reason, seed.reason);
    assert.equal(findings[0].reason, seed.unchecked);
    assert.match(findings[0].snippet ?? '', new RegExp(`^<power-equivalence gpus="100000" gpu="h100-sxm" locale="${seed.locale}">`));
    const { tag, attrs } = snippetAttrs(homes.snippet ?? '');
    assert.equal(tag, 'power-equivalence');
    assert.deepEqual(attrs, { energy: '370 GWh', locale: seed.locale, claim: seed.homes });
    assertElementsAgree(findings, seed.locale);
  });

  test(`checkStory(seed story in ${seed.locale}): 100,000 H100 and the chips' cost agree, and so do the GPUs and 370 GWh a year`, () => {
    const { findings } = checkStory(seed.story, { locale: seed.locale });
    const money = findings[2];
    assert.equal(money.verdict?.kind, 'consistent');
    assert.equal(money.verdict?.againstIndex, 0);
    assert.equal(money.verdict?.against, seed.gpus.replace(/\s/g, ' '));
    assert.deepEqual(snippetAttrs(money.snippet ?? '').attrs, { gpus: '100000', gpu: 'h100-sxm', locale: seed.locale, claim: seed.money });
    const energy = findings[3];
    assert.equal(energy.verdict?.kind, 'consistent');
    // The claim drops the footnote marker and reads as the story prints it.
    assert.equal(snippetAttrs(energy.snippet ?? '').attrs.claim, seed.energy.replace('[3]', '').replace(/\s/g, ' '));
    assert.equal(findings[1].verdict?.kind, 'too-high');
    assertElementsAgree(findings, seed.locale);
  });
}

const STYLES: ReadonlyArray<{ locale: 'de' | 'fr' | 'es'; story: string; homes: string; items: readonly [string, string, string] }> = [
  {
    locale: 'de',
    story: `„Wir betreiben mehr als 100.000 H100-GPUs“, sagte ein Sprecher.[2] Der Strom dafür: mindestens 370GWh¹ pro Jahr – so viel wie über 34 Millionen[4] Haushalte.

Die Rechenzentren im Überblick:
- 16.000 H100-GPUs brauchen rund 24 MW.
- 1.000 H100-GPUs brauchen 50 Megawatt.
- 2.000 H100-GPUs brauchen 3,5 MW.`,
    homes: 'über 34 Millionen[4] Haushalte',
    items: ['rund 24 MW', '50 Megawatt', '3,5 MW'],
  },
  {
    locale: 'fr',
    story: `« Nous exploitons plus de 100 000 GPU H100 », a déclaré un porte-parole.[2] L’électricité : au moins 370GWh¹ par an – autant que plus de 34 millions[4] de foyers.

Les centres de données en bref :
- 16\u00a0000 GPU H100 appellent environ 24 MW.
- 1\u202f000 GPU H100 appellent 50 mégawatts.
- 2 000 GPU H100 appellent 3,5 MW.`,
    homes: 'plus de 34 millions[4] de foyers',
    items: ['environ 24 MW', '50 mégawatts', '3,5 MW'],
  },
  {
    locale: 'es',
    story: `«Operamos más de 100.000 GPU H100», dijo un portavoz.[2] La electricidad: al menos 370GWh¹ al año, tanto como más de 34 millones[4] de hogares.

Los centros de datos, en resumen:
- 16.000 GPU H100 necesitan unos 24 MW.
- 1.000 GPU H100 necesitan 50 megavatios.
- 2.000 GPU H100 necesitan 3,5 MW.`,
    homes: 'más de 34 millones[4] de hogares',
    items: ['unos 24 MW', '50 megavatios', '3,5 MW'],
  },
];

for (const s of STYLES) {
  test(`checkStory(${s.locale}): quotes, footnote markers between words, figures without a space, and each list item checked against its own cluster`, () => {
    const r = checkStory(s.story, { locale: s.locale });
    assertClean(r);
    for (const f of r.findings) assert.equal(s.story.slice(f.start, f.end), f.text);
    const gpus = r.findings[0];
    assert.equal(gpus.kind, 'gpus');
    assert.equal(gpus.value, 100_000);
    const energy = byText(r.findings, '370GWh');
    assert.equal(energy.value, 370e9);
    assert.equal(energy.verdict?.kind, 'consistent');
    const homes = byText(r.findings, '34 ');
    assert.equal(homes.text, s.homes);
    assert.equal(homes.verdict?.kind, 'too-high');
    assert.ok(Math.abs((homes.verdict?.factor ?? 0) - 991.6) < 0.5);
    // Each item's power is checked against the GPUs of its own item, never the story's 100,000.
    const [fits, high, low] = s.items.map((t) => byText(r.findings, t));
    for (const [f, gpus] of [[fits, 16_000], [high, 1_000], [low, 2_000]] as const) {
      assert.equal(f.kind, 'power');
      assert.equal(r.findings[f.verdict?.againstIndex ?? -1]?.value, gpus, f.text);
    }
    // 16,000 H100: 10.9–37.4 MW (700 W × 1.8–2.14 overhead × 50–100% load × PUE 1.08–1.56), so 24 MW fits.
    assert.equal(fits.verdict?.kind, 'consistent');
    // 1,000 H100 draw at most 2.34 MW: 50 MW is over 20× too high.
    assert.equal(high.verdict?.kind, 'too-high');
    assert.ok((high.verdict?.factor ?? 0) > 20, String(high.verdict?.factor));
    // 2,000 H100 draw 1.36–4.67 MW: 3.5 MW fits.
    assert.equal(low.verdict?.kind, 'consistent');
    assertElementsAgree(r.findings, s.locale);
  });
}

const CORRECT: ReadonlyArray<{ locale: 'de' | 'fr' | 'es'; story: string; kinds: readonly string[] }> = [
  {
    locale: 'de',
    story: `Meta betreibt über 100.000 H100-GPUs. Die Chips allein kosten rund 3 Mrd. US-Dollar.

Der Cluster verbraucht etwa 900 GWh im Jahr, so viel wie rund 83.000 Haushalte in den USA, und verursacht dabei etwa 350.000 Tonnen CO2.

Llama 3.1 wurde mit 3,8e25 FLOP auf 16.000 H100-GPUs trainiert, in rund 70 Tagen.`,
    kinds: ['gpus', 'money', 'energy', 'homes', 'co2', 'compute', 'gpus', 'duration'],
  },
  {
    locale: 'fr',
    story: `Meta exploite plus de 100 000 GPU H100. Les puces à elles seules coûtent environ 3 milliards de dollars.

La grappe consomme environ 900 GWh par an, autant qu’environ 83 000 foyers aux États-Unis, et émet environ 350 000 tonnes de CO2.

Llama 3.1 a été entraîné avec 3,8e25 FLOP sur 16 000 GPU H100, en environ 70 jours.`,
    kinds: ['gpus', 'money', 'energy', 'homes', 'co2', 'compute', 'gpus', 'duration'],
  },
  {
    locale: 'es',
    story: `Meta opera más de 100.000 GPU H100. Solo los chips cuestan unos 3.000 millones de dólares.

El clúster consume unos 900 GWh al año, tanto como unos 83.000 hogares en Estados Unidos, y emite unas 350.000 toneladas de CO2.

Llama 3.1 se entrenó con 3,8e25 FLOP en 16.000 GPU H100, en unos 70 días.`,
    kinds: ['gpus', 'money', 'energy', 'homes', 'co2', 'compute', 'gpus', 'duration'],
  },
];

for (const c of CORRECT) {
  test(`checkStory(a correct story in ${c.locale}) checks money, energy, households, CO2 and training days and raises no false alarm`, () => {
    const r = checkStory(c.story, { locale: c.locale });
    assertClean(r);
    assert.deepEqual(r.findings.map((f) => f.kind), c.kinds);
    for (const f of r.findings) {
      assert.equal(c.story.slice(f.start, f.end), f.text);
      if (f.kind === 'gpus' || f.kind === 'compute') continue;
      // 900 GWh: 83,403 households; about 350,000 t of CO2 on the US grid; 3.8e25 FLOP on 16,000 H100: 65–79 days.
      assert.equal(f.verdict?.kind, 'consistent', `${f.text}: ${f.reason}`);
    }
    assert.equal(byText(r.findings, '83').value, 83_000);
    assert.equal(byText(r.findings, '350').value, 350_000);
    assert.equal(byText(r.findings, '70 ').value, 70);
    assertElementsAgree(r.findings, c.locale);
  });
}

test('checkStory(…, { locale }) reads "100 000" with a normal, a no-break and a narrow no-break space, and decimal commas', () => {
  for (const space of [' ', '\u00a0', '\u202f']) {
    const story = `Le cluster compte 100${space}000 GPU H100 et consomme 1,5 TWh par an.`;
    const r = checkStory(story, { locale: 'fr' });
    assert.equal(r.findings[0].value, 100_000, JSON.stringify(space));
    assert.equal(r.findings[0].text, `100${space}000 GPU H100`);
    assert.equal(r.findings[1].value, 1.5e12);
  }
  const de = checkStory('Der Cluster mit 25.000 H100-GPUs kostet 1,5 Mrd. Dollar und braucht 2,5 MW.', { locale: 'de' });
  assert.deepEqual(de.findings.map((f) => [f.kind, f.value]), [['gpus', 25_000], ['money', 1.5e9], ['power', 2.5e6]]);
  const es = checkStory('El clúster de 25.000 GPU H100 costó 1.500 millones de dólares.', { locale: 'es' });
  assert.deepEqual(es.findings.map((f) => [f.kind, f.value]), [['gpus', 25_000], ['money', 1.5e9]]);
});

test('checkStory(…, { locale }) reads "de-AT" as German, and English stays the default', () => {
  const story = 'Meta betreibt über 100.000 H100-GPUs, die über 2 Mrd. Dollar kosten.';
  assert.equal(checkStory(story, { locale: 'de-AT' }).findings[1]?.verdict?.kind, 'consistent');
  assert.equal(checkStory(story, { locale: 'de-AT' }).locale, 'de');
  // Read as English, "100.000" is a hundred: no German figure is found.
  assert.equal(checkStory(story).locale, 'en');
  assert.ok(!checkStory(story).findings.some((f) => f.value === 100_000));
});

test('checkStory(…, { locale }) never throws and never prints NaN, Infinity, undefined or null, in any language', () => {
  const weird: unknown[] = [
    '', ' ', null, undefined, 42, {}, 'NaN GWh', '1e999 GWh', '-5 GWh', '1,2,3,4 GWh', '1.2.3 Mrd. Dollar', '100 000 000 000 000 000 000 000 GPU',
    '\u0000\u00a0\u202f 370 GWh \uD800', 'über über über', '« » „ “', 'Mrd. Mrd. $ $ €', '- \n- \n\n1.',
    Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(''),
    'Der Cluster mit 100.000 H100-GPUs braucht 370 GWh pro Jahr. '.repeat(500),
  ];
  for (const locale of ['de', 'fr', 'es']) {
    for (const input of weird) {
      const r = checkStory(input, { locale });
      assertClean(r);
      if (typeof input === 'string') for (const f of r.findings) assert.equal(input.slice(f.start, f.end), f.text);
    }
  }
});

const MORE: ReadonlyArray<{ locale: 'de' | 'fr' | 'es'; story: string; texts: readonly [string, string, string, string] }> = [
  {
    locale: 'de',
    story: `Der Konzern kaufte 100.000 H100-GPUs für 2 Milliarden US-Dollar. Sie verbrauchen rund 900 GWh pro Jahr und stoßen dabei 3,5 Mio. t CO2 aus.

Ein Modell mit 3,8e25 FLOP auf 16.000 H100-GPUs braucht rund 2 Monate. Der Campus soll 1 GW erreichen.`,
    texts: ['2 Milliarden US-Dollar', '3,5 Mio. t CO2', 'rund 2 Monate', '1 GW'],
  },
  {
    locale: 'fr',
    story: `Le groupe a acheté 100 000 GPU H100 pour 2 milliards de dollars. Ils consomment environ 900 GWh par an et émettent 3,5 millions de t CO2.

Un modèle de 3,8e25 FLOP sur 16 000 GPU H100 demande environ 2 mois. Le campus doit atteindre 1 GW.`,
    texts: ['2 milliards de dollars', '3,5 millions de t CO2', 'environ 2 mois', '1 GW'],
  },
  {
    locale: 'es',
    story: `La empresa compró 100.000 GPU H100 por 2.000 millones de dólares. Consumen unos 900 GWh al año y emiten 3,5 millones de t CO2.

Un modelo de 3,8e25 FLOP en 16.000 GPU H100 necesita unos 2 meses. El campus alcanzará 1 GW.`,
    texts: ['2.000 millones de dólares', '3,5 millones de t CO2', 'unos 2 meses', '1 GW'],
  },
];

for (const m of MORE) {
  test(`checkStory(${m.locale}): "2 billion dollars" in words, t CO2 in millions, months and GW, each checked as in English`, () => {
    const r = checkStory(m.story, { locale: m.locale });
    assertClean(r);
    const [money, co2, months, power] = m.texts.map((t) => byText(r.findings, t));
    for (const [f, t] of [[money, m.texts[0]], [co2, m.texts[1]], [months, m.texts[2]], [power, m.texts[3]]] as const) assert.equal(f.text, t);
    // 100,000 H100 at $25,000–$30,000 (central $27,500): $2.75 billion ÷ $2 billion = 1.375, too low.
    assert.equal(money.kind, 'money');
    assert.equal(money.value, 2e9);
    assert.equal(money.verdict?.kind, 'too-low');
    assert.ok(Math.abs((money.verdict?.factor ?? 0) - 1.375) < 0.001, String(money.verdict?.factor));
    // 900 GWh × 384 g/kWh (US grid, lifecycle) = 345,600 t; 3,500,000 ÷ 345,600 = 10.13, too high.
    assert.equal(co2.kind, 'co2');
    assert.equal(co2.value, 3.5e6);
    assert.equal(co2.verdict?.kind, 'too-high');
    assert.ok(Math.abs((co2.verdict?.factor ?? 0) - 10.127) < 0.01, String(co2.verdict?.factor));
    // Two months are 60.9 days; 3.8e25 FLOP on 16,000 H100 take 65–79 days, so "about 2 months" fits.
    assert.equal(months.kind, 'duration');
    assert.ok(Math.abs(months.value - 2 * 365.25 / 12) < 1e-9);
    assert.equal(months.verdict?.kind, 'consistent');
    // 16,000 H100 × 700 W × 1.82 × 75% × PUE 1.1 = 16.8 MW; 1 GW ÷ 16.8 MW = 59.5, too high.
    assert.equal(power.kind, 'power');
    assert.equal(power.verdict?.kind, 'too-high');
    assert.ok(Math.abs((power.verdict?.factor ?? 0) - 59.46) < 0.01, String(power.verdict?.factor));
    assertElementsAgree(r.findings, m.locale);
  });
}

test('detectLanguage(story) names the language of every story above, English for the English seed, and English when the words do not say', () => {
  for (const { locale, story } of [...SEEDS, ...STYLES, ...CORRECT, ...MORE]) assert.equal(detectLanguage(story), locale, story.slice(0, 60));
  assert.equal(detectLanguage('Meta is training Llama 4 on a cluster of over 100,000 NVIDIA H100 AI GPUs. The chips alone cost in excess of $2 billion. Such a cluster would consume at least 370GWh a year, equivalent to powering over 34 million average American households.'), 'en');
  // Too few words to tell, or two languages as often as each other: English, the default.
  for (const unclear of ['', '100.000 GPUs', 'über 2 Mrd. Dollar', 'Die Chips, the chips. Der Cluster and the cluster. Das und the.']) assert.equal(detectLanguage(unclear), 'en', unclear);
});

test('checkStory(story, { locale: "auto" }) reads each story in its detected language, as with that locale', () => {
  for (const { locale, story } of SEEDS) {
    const auto = checkStory(story, { locale: 'auto' });
    assert.equal(auto.locale, locale);
    assert.deepEqual(auto, checkStory(story, { locale }));
  }
  assert.equal(checkStory('Meta runs over 100,000 H100 GPUs, and the chips cost $2 billion.', { locale: 'auto' }).locale, 'en');
});

test('a long German story (the seed 100 times, 47,000 characters) is checked within the English bound', () => {
  const story = `${SEEDS[0].story}\n\n`.repeat(100);
  const t0 = performance.now();
  const r = checkStory(story, { locale: 'de' });
  assert.equal(r.findings.length, 700);
  // The same bound as the English test (check.node.test.ts); about 2.5 s on a loaded 2-core machine.
  assert.ok(performance.now() - t0 < 15_000);
});

test('checkStory(…, { locale }) reads a currency sign after the number ("2 Mrd. $", "2 Md$") and checks a price per GPU against the sourced price', () => {
  const stories = [
    ['de', 'Meta kaufte 100.000 H100-GPUs für 2 Mrd. $. Jede H100 kostet rund 30.000 $ pro Stück.', '2 Mrd. $', 'rund 30.000 $'],
    ['fr', 'Meta a acheté 100 000 GPU H100 pour 2 Md$. Chaque H100 coûte environ 30 000 $ pièce.', '2 Md$', 'environ 30 000 $'],
    ['es', 'Meta compró 100.000 GPU H100 por 2 mil millones de dólares. Cada H100 cuesta unos 30.000 dólares la unidad.', '2 mil millones de dólares', 'unos 30.000 dólares'],
  ] as const;
  for (const [locale, story, total, each] of stories) {
    const r = checkStory(story, { locale });
    assertClean(r);
    // $2 billion for 100,000 H100: $2.75 billion at the central $27,500 is 1.375× more.
    const money = byText(r.findings, total);
    assert.equal(money.text, total);
    assert.equal(money.value, 2e9);
    assert.equal(money.verdict?.kind, 'too-low');
    // About $30,000 for one H100 lies within the sourced $25,000–$30,000.
    const price = byText(r.findings, each);
    assert.equal(price.text, each);
    assert.equal(price.value, 30_000);
    assert.equal(price.verdict?.kind, 'consistent');
    assertElementsAgree(r.findings, locale);
  }
});

test('checkStory(…, { locale: "de" }) writes "1,234 TWh" so that an element reading German takes it for 1.234, not 1,234', () => {
  const r = checkStory('Der Cluster mit 100.000 H100-GPUs verbraucht 1,234 TWh pro Jahr.', { locale: 'de' });
  const energy = byText(r.findings, '1,234 TWh');
  assert.equal(energy.value, 1.234e12);
  // "1,234" is ambiguous to an element (fifteen hundred or 1.5?), "1.234" is 1234 in German: "1,2340" is neither.
  assert.equal(snippetAttrs(energy.snippet ?? '').attrs.claim, '1,2340 TWh');
  assertElementsAgree(r.findings, 'de');
  const plain = checkStory('Das Rechenzentrum verbraucht 1,234 TWh.', { locale: 'de' }).findings[0];
  assert.equal(plain.snippet, '<power-equivalence energy="1.2340 TWh" locale="de"></power-equivalence>');
  const calc = calculatePower(snippetAttrs(plain.snippet).attrs);
  assert.deepEqual(calc.issues, []);
  assert.equal(calc.estimate.energyWh.mid, 1.234e12);
});
