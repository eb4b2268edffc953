// One decimal always, so that "1.0M" sits beside "1.7M" at the same precision rather than looking rounder.
const compact = new Intl.NumberFormat('en', { notation: 'compact', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const brief = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

export function num(n) {
  if (n == null || Number.isNaN(n)) return '—';
  return Math.abs(n) >= 100_000 ? compact.format(n) : whole.format(n);
}

/** An axis tick or a bar label among large ones: "1.5K", "250K", "2M"; below a thousand as it is. */
export function short(n) {
  if (n == null || Number.isNaN(n)) return '—';
  return Math.abs(n) >= 1_000 ? brief.format(n) : String(Number(n.toFixed(4)));
}

/** The format for every label of one series: all short when its largest value is, so "117K" never sits by "87,918". */
export function numFor(values) {
  const large = Math.max(0, ...values.map((v) => Math.abs(v ?? 0))) >= 100_000;
  return large ? (n) => (n == null || Number.isNaN(n) ? '—' : Math.abs(n) >= 1_000 ? compact.format(n) : whole.format(n)) : num;
}

export function pct(x, digits = 1) {
  return x == null || Number.isNaN(x) ? '—' : `${(x * 100).toFixed(digits)}%`;
}

export function dec(x, digits = 2) {
  return x == null || Number.isNaN(x) ? '—' : Number(x).toFixed(digits);
}

const NAMES = { r_and_b: 'R&B', hip_hop: 'Hip-hop', k_pop: 'K-pop', j_pop: 'J-pop', lo_fi: 'Lo-fi', edm: 'EDM' };

/** "apple_music" → "Apple music", "r_and_b" → "R&B": wire names made readable. */
export function label(s) {
  if (s == null || s === '') return 'Unknown';
  if (NAMES[s]) return NAMES[s];
  const text = String(s).replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const PLATFORMS = { spotify: 'Spotify', apple_music: 'Apple Music', youtube_music: 'YouTube Music', soundcloud: 'SoundCloud',
  deezer: 'Deezer', tidal: 'TIDAL', amazon_music: 'Amazon Music', other: 'Other', custom: 'Custom' };
export function platform(p) {
  return PLATFORMS[p] ?? label(p);
}

export function clock(iso) {
  return iso ? new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' }) : '—';
}

export function day(iso) {
  return iso ? new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' }) : '—';
}

export function dateTime(iso) {
  return iso ? new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : '—';
}

/** A period-over-period change as text and a class: "+12%" up, "−5%" down, "new" for no previous value. */
export function change(changePct, previousRank) {
  if (changePct == null && previousRank == null) return { text: 'new', cls: 'new', label: 'new this period' };
  if (changePct == null) return { text: '—', cls: '', label: 'no change figure' };
  const rounded = Math.round(changePct * 10) / 10;
  // Always one decimal, so that "▼ 9.0%" lines up with "▼ 9.7%" instead of reading as a rounder figure.
  const size = Math.abs(rounded).toFixed(1);
  if (rounded > 0) return { text: `▲ ${size}%`, cls: 'up', label: `up ${size} percent` };
  if (rounded < 0) return { text: `▼ ${size}%`, cls: 'down', label: `down ${size} percent` };
  return { text: '0%', cls: '', label: 'unchanged' };
}

/**
 * Where a percentile (share of other listeners who listened less, 0–100) puts a listener, never rounded past the
 * truth: 99.3 is "Top 1%", not "more than 100%"; below the middle it says how many they out-listened.
 */
export function standing(percentile) {
  if (percentile == null || Number.isNaN(percentile)) return '—';
  if (percentile >= 50) return `Top ${Math.max(1, Math.ceil(100 - percentile))}% of listeners`;
  return `Listened more than ${Math.floor(percentile)}% of listeners`;
}
