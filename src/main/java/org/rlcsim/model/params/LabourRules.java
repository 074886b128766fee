package org.rlcsim.model.params;

/**
 * The labour market every participant faces.
 *
 * @param findRate      chance a day that an unemployed person at average employability finds a job
 * @param lossRate      chance a day that a job ends, at average resilience
 * @param confidenceWeight log of the job-finding rate a job per unit of starting confidence (identity,
 *                      self-esteem, responsibility) above 0.5: people differ before any RLC
 * @param coworkersMean coworkers one gets to know in a new job (mean)
 */
public record LabourRules(double findRate, double lossRate, double confidenceWeight, double coworkersMean) {}
