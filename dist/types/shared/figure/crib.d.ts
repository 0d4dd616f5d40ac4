/** A crib seen from the side, in pixels (y down): posts at `x1` and `x2`, its rail at `rail`,
 * its mattress at `bed`. */
export declare function crib(x1: number, x2: number, top: number, bed: number, floor: number): string[];
