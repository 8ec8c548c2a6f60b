// Every page is static HTML: the site works from any file host, offline, and without JavaScript.
export const prerender = true;
// Pages become folders with index.html, which every static host (and a USB stick) serves.
export const trailingSlash = 'always';
