// A long static list with nothing to click but links: HTML alone, without scripts or hydration
// data (on /timeline it doubled the page's milestones and kept it over its HTML budget).
export const csr = false;
