// A long static list with nothing to click but links: shipped as HTML alone, without scripts or
// the hydration data that would repeat every source's notes (they kept /data over its HTML budget).
export const csr = false;
