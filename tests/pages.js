/** Every page a reader opens (the embed routes are tested on their own): the e2e tests' and the bench's list. */
export const PAGES = [
	'/',
	'/timeline/',
	'/budget/',
	'/systems/',
	'/rankings/',
	'/people/',
	'/data/',
	'/present/'
];
