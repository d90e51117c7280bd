/** Where the bundled torso is served. */
export const MODEL_URL = `${import.meta.env.BASE_URL}models/torso.glb`;
