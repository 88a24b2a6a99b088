package org.hoctap.shared.titles;

/**
 * What a commune's data says about where it is, which selects a title's pass mark: the learning
 * citizen's is 80 in a normal commune and 70 in remote, especially disadvantaged and ethnic-minority ones.
 */
public enum AreaType {
    NORMAL,
    /** Remote, especially disadvantaged or ethnic-minority ("vùng sâu, vùng xa, đặc biệt khó khăn, dân tộc thiểu số"). */
    DISADVANTAGED
}
