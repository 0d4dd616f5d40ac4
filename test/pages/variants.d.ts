export declare const variants: Record<string, Record<string, string>[]>;
export declare function variantsOf(tag: string): Record<string, string>[];
