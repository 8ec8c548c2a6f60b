/** The measures of use the /people chart can show, in the order of its picker (the first is the default). */
export const USE_KEYS = ['requests', 'online', 'complaints', 'users', 'proposals'] as const;
export type UseKey = (typeof USE_KEYS)[number];
