/** Otsu's threshold of an 8-bit grey image: the level that best separates dark from light pixels. */
export function otsuThreshold(grey: Uint8Array): number {
  const hist = new Float64Array(256);
  // Indexed loop: iterating a typed array with for-of is several times slower in V8.
  for (let i = 0; i < grey.length; i++) hist[grey[i]]++;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i];
  let sumDark = 0;
  let countDark = 0;
  let best = -1;
  let threshold = 127;
  for (let t = 0; t < 256; t++) {
    countDark += hist[t];
    if (countDark === 0) continue;
    const countLight = grey.length - countDark;
    if (countLight === 0) break;
    sumDark += t * hist[t];
    const meanDark = sumDark / countDark;
    const meanLight = (sum - sumDark) / countLight;
    const between = countDark * countLight * (meanDark - meanLight) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}
