export * from './fileFormat';
export * from './result';
export { checkImportSize, importJourneyBytes, importJourneyText, importJourneyValue, type ImportOptions } from './importJourney';
export { serialiseJourney, type SerialiseOptions } from './serialise';
export { journeyFromExample, type ExampleJourney, type FromExampleOptions } from './fromExample';
export { checkPictureDataUrl, MAX_PICTURE_SIDE, MAX_PICTURE_PIXELS, type PictureCheck } from './picture';
export { MIGRATIONS, type Migration } from './migrations';
export type { OtherApp } from './guard';
