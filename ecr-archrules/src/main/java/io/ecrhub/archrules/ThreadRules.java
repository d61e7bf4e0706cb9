package io.ecrhub.archrules;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.Timer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;

/** Rules about threads, for code that must own none. */
public final class ThreadRules {

  private ThreadRules() {}

  /**
   * Classes in {@code packages} (ArchUnit package patterns such as {@code com.acme.pos.domain..})
   * create no thread, no thread pool and no timer, and run nothing on the common fork-join pool
   * ({@code CompletableFuture.supplyAsync} and the other {@code …Async} methods without an
   * executor): time and threads come in through a port.
   *
   * @param packages ArchUnit package patterns, at least one
   * @return the rule, for an {@code @ArchTest} field; fails when the packages hold no classes
   * @throws IllegalArgumentException when no pattern is given or one is blank
   */
  public static ArchRule startNoThreads(String... packages) {
    PackagePatterns.requireNonEmpty(packages, "packages");
    return noClasses()
        .that()
        .resideInAnyPackage(packages)
        .should()
        .callConstructorWhere(target(owner(assignableTo(Thread.class))))
        .orShould()
        .dependOnClassesThat()
        .belongToAnyOf(
            Executors.class,
            ThreadPoolExecutor.class,
            ScheduledThreadPoolExecutor.class,
            ForkJoinPool.class,
            Timer.class)
        .orShould()
        .callMethodWhere(
            target(owner(assignableTo(CompletableFuture.class)))
                .and(target(nameMatching(".*Async"))))
        .as("classes in " + Arrays.toString(packages) + " should start no threads")
        .because(
            "a payment rule that starts its own threads cannot be tested on a virtual clock and"
                + " keeps a JVM from exiting; code that must wait takes a scheduler through a port,"
                + " as the payment engine does")
        .allowEmptyShould(false);
  }
}
