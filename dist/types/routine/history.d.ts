/** `time`'s calendar day where the reader is, `yyyy-mm-dd`. */
export declare function dayOf(time: number): string;
export declare function validDays(data: unknown): string[] | undefined;
/** Both lists of days, each day once, newest last, at most `kept` of them. */
export declare function mergeDays(...lists: readonly (readonly string[])[]): string[];
/** The last seven days, today last: each day's weekday (0 = Sunday) and whether it was done. */
export declare function lastWeek(now: number, done: readonly string[]): {
    weekday: number;
    done: boolean;
}[];
