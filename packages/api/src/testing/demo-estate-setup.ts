/** `globalSetup` entry for a Vitest project whose tests call `startDemoApi()`. */
export { provideDemoEstateSnapshot as default } from "./demo-estate.ts";
