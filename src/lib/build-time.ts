/** When this build was made: one value for every page of the build, so a saved copy can say how old it is. */
export const BUILT_AT = new Date().toISOString();
