/** Every page of the site (the embed routes have their own tests). */
export const PAGES = [
	'/',
	'/timeline/',
	'/budget/',
	'/systems/',
	'/rankings/',
	'/data/',
	'/present/'
];
