import { getJson } from '../api.js';
import { card } from '../card.js';
import { axis, draw, grid as chartGrid, PALETTE } from '../charts.js';
import { el, grid, pageHead, table, tile } from '../dom.js';
import { fill } from '../loader.js';
import { dateTime, dec, label, num, pct } from '../format.js';

/** Nothing here depends on the time range or platform: the dashboard hides those pickers on this page. */
export const usesFilters = false;

/** Models: how good the insight is, each figure beside its baseline. */
export function mount(main, ctx) {
  const enrich = card({ id: 'enrichment-accuracy', title: 'Enrichment accuracy', sub: 'Against the simulator\'s ground truth, beside a majority-class baseline', span: 6 });
  const recs = card({ id: 'recommenders', title: 'Recommenders', sub: 'NDCG@10 per model; popularity is the baseline to beat', span: 6 });
  const table10 = card({ id: 'recommender-metrics', title: 'Ranking metrics at 10', span: 7 });
  const sim = card({ id: 'similarity', title: 'Similar-tracks model', sub: 'The co-listening model enrichment uses', span: 5 });
  main.append(pageHead('Models', 'Evaluated offline; the numbers say how far to trust each insight.'), grid(enrich, recs, table10, sim));

  const notYet = (what, command, when) => [el('strong', { text: `${what} not evaluated yet` }),
    el('span', {}, `${when} Full figures: `, el('code', { text: `java -jar server/target/earshot.jar eval ${command}` }), '.')];
  const enrichNotYet = () => notYet('Enrichment', 'enrich', 'The server measures it when this page first asks.');
  const recNotYet = () => notYet('Recommendation', 'recommend', 'The server measures it about two minutes after it starts.');
  const evaluating = () => [el('strong', { text: 'Evaluating the models now…' }),
    el('span', { text: 'They are measured on a small simulated world whose truth is known; the figures appear here in a few seconds.' })];
  // One answer feeds every card; while the server is still evaluating, ask again until the figures are in.
  const round = (quiet) => {
    if (ctx.signal.aborted) return;
    const answer = getJson('/v1/models', {}, ctx.signal);
    let answerRunning = false;
    answer.then((d) => {
      answerRunning = d?.evaluation === 'running';
      if (answerRunning && !d?.enrichment) setTimeout(() => round(true), 3_000);
    }, () => {});
    const one = { ...ctx, get: () => answer };
    const data = { path: '/v1/models', params: {}, quiet };
    fill(enrich, one, { ...data, isEmpty: (d) => !d?.enrichment,
      empty: () => (answerRunning ? evaluating() : enrichNotYet()), render: (d, body) => draw(body, enrichOption(d.enrichment)).then(() => withNote(body, enrichNote(d.enrichment))),
      numbers: (d) => enrichNumbers(d.enrichment) });
    fill(recs, one, { ...data, isEmpty: (d) => !d?.recommendation?.models?.length, empty: recNotYet,
      render: (d, body) => draw(body, recOption(d.recommendation)).then(() => withNote(body, recNote(d.recommendation))),
      numbers: (d) => ({ head: ['Model', 'NDCG@10', 'Precision@10', 'Recall@10', 'Listeners evaluated'],
        rows: d.recommendation.models.map((m) => [m.name, m.ndcg_at_10, m.precision_at_10, m.recall_at_10, m.users_evaluated]) }) });
    fill(table10, one, {
      ...data, isEmpty: (d) => !d?.recommendation?.models?.length, empty: recNotYet,
      render: (d, body) => body.replaceChildren(
        table('Recommender metrics', [
          { title: 'Model', cell: (m) => el('span', { class: 'cell-title', text: `${modelName(m.name)}${m.name === d.recommendation.served ? ' (served)' : ''}` }) },
          { title: 'Precision@10', num: true, cell: (m) => dec(m.precision_at_10, 3) },
          { title: 'Recall@10', num: true, cell: (m) => dec(m.recall_at_10, 3) },
          { title: 'NDCG@10', num: true, cell: (m) => dec(m.ndcg_at_10, 3) },
        ], byNdcg(d.recommendation.models)),
        el('p', { class: 'muted', text: `Evaluated ${dateTime(d.recommendation.evaluated_at)}` })),
    });
    fill(sim, one, {
      ...data, isEmpty: (d) => !d?.similarity,
      empty: () => [el('strong', { text: 'Not built yet' }), el('span', { text: 'The co-listening model is built at start and every 10 minutes from recent listening.' })],
      render: (d, body) => body.replaceChildren(el('div', { class: 'tiles' },
        fact('Built', dateTime(d.similarity.built_at)), fact('From events', num(d.similarity.events)), fact('Tracks', num(d.similarity.tracks)))),
    });
  };
  round(false);
}

/** What each enrichment figure is measured against: the truth, and the baseline beside it. */
const MEASURED = {
  Genre: 'the true genre of tracks whose catalogue genre was hidden, predicted from what they are listened with; baseline: always the most common genre',
  Mood: 'the mood annotators labelled each track with (from its sound as they heard it, disagreeing as people do); the model reads only the audio features; baseline: always the most common label',
  Context: 'the activity (workout, commute, …) the simulator gave each listening session; baseline: always the most common activity',
};

function enrichNumbers(e) {
  return { head: ['Insight', 'Model accuracy', 'Baseline accuracy', 'Measured against'], rows: [
    ['Genre', e.genre_accuracy, e.genre_baseline, MEASURED.Genre],
    ['Mood', e.mood_accuracy, e.mood_baseline, MEASURED.Mood],
    ['Context', e.context_accuracy, e.context_baseline, MEASURED.Context]] };
}

function enrichNote(e) {
  return [el('p', { class: 'muted', text: `Measured on ${e.dataset}, whose truth is known — not on this server's listeners.` }),
    el('ul', { class: 'measured-list' }, Object.entries(MEASURED).map(([k, v]) => el('li', {}, el('strong', { text: `${k}: ` }), v)))];
}

function recNote(r) {
  return [el('p', { class: 'muted', text: `NDCG@10 on each listener's held-out last days of ${r.dataset}; popularity (grey) is the baseline to beat. Serving: ${modelName(r.served)}.` })];
}

function withNote(body, nodes) {
  body.querySelector(':scope > .measured')?.remove();
  body.append(el('div', { class: 'measured' }, nodes));
}

const MODEL_NAMES = { item_knn: 'Item-kNN', ease: 'EASE', als: 'ALS', popularity: 'Popularity' };
// The server names models "item-knn"; either spelling is the same model.
const modelName = (name) => MODEL_NAMES[String(name).replaceAll('-', '_')] ?? label(name);
/** Best first, as the chart draws them, so the table and the chart read in the same order. */
const byNdcg = (models) => [...models].sort((a, b) => b.ndcg_at_10 - a.ndcg_at_10);

const fact = (label, value) => tile({ label, value, cls: 'compact' });

function enrichOption(e) {
  const kinds = [['Genre', e.genre_accuracy, e.genre_baseline], ['Mood', e.mood_accuracy, e.mood_baseline], ['Context', e.context_accuracy, e.context_baseline]];
  const bar = (i, color) => ({ type: 'bar', color, barGap: '10%', data: kinds.map((k) => k[i]),
    label: { show: true, position: 'top', color: '#515a6b', formatter: (p) => (p.value == null ? '' : pct(p.value, 0)) } });
  return {
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => pct(v) },
    xAxis: axis({ type: 'category', data: kinds.map((k) => k[0]) }),
    yAxis: axis({ type: 'value', max: 1, axisLabel: { color: '#515a6b', formatter: (v) => pct(v, 0) } }),
    series: [{ name: 'Model', ...bar(1, PALETTE[0]) }, { name: 'Baseline', ...bar(2, '#a9afbb') }],
  };
}

function recOption(r) {
  const models = byNdcg(r.models);
  return {
    grid: chartGrid({ top: 8, right: 48 }),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => dec(v, 3) },
    xAxis: axis({ type: 'value', splitNumber: 4 }),
    yAxis: axis({ type: 'category', inverse: true, data: models.map((m) => modelName(m.name)) }),
    series: [{ type: 'bar', label: { show: true, position: 'right', color: '#515a6b', formatter: (p) => dec(p.value, 3) },
      data: models.map((m) => ({ value: m.ndcg_at_10, itemStyle: { color: /popular/i.test(m.name) ? '#a9afbb' : PALETTE[0] } })) }],
  };
}
