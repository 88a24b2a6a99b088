package org.hoctap.shared.people;

public enum Sex {
    F, M
}
