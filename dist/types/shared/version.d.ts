/** The package version; the build checks it matches package.json. */
export declare const version = "0.1.0";
