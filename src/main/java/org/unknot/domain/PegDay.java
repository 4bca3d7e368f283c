package org.unknot.domain;

import java.time.LocalDate;

/** A week's PEG answer with the local day it was given on (or last changed on): a check-ins CSV row's day. */
public record PegDay(LocalDate day, PegAnswer answer) {
}
