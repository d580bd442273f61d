package org.waymark.submission;

import java.util.List;
import java.util.UUID;

/**
 * What a round can expect, for planning assessors before the deadline (the assessment module's capacity forecast
 * weighs it against the pool's declared capacity).
 */
public interface SubmissionForecasts {

    /** One entry per pathway with anything in prospect, in the framework's pathway order; empty for an unknown round. */
    List<ExpectedSubmissions> expectedIn(UUID roundId);
}
