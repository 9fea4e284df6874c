/** Shared by the benchmarks: a deterministic source of Dutch-looking interview text. */

/** Deterministic (mulberry32), so every run and every machine times the same text. */
export function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const VOCABULARY = (
  'de het een en van in is dat op te zijn met voor niet aan er om ook als bij maar dan wel nog wat we ik ze je ' +
  'gemeente beleid samenwerking inwoners jeugdzorg wethouder raad college ambtenaren regio budget evaluatie ' +
  'participatie uitvoering afspraken overleg verantwoordelijkheid eigenlijk natuurlijk gewoon inderdaad belangrijk ' +
  'moeilijk geëvalueerd één beëindigd coördinatie zorgaanbieders wijkteam sociaal domein decentralisatie transformatie'
).split(' ');
