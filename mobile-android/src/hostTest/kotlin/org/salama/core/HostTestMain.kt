// Runs every JUnit 4 test class in the compiled host tests (every class whose name ends in
// `Test`), so a new test file cannot be forgotten, and ends with one summary line.
package org.salama.core

import org.junit.runner.Description
import org.junit.runner.JUnitCore
import org.junit.runner.notification.Failure
import org.junit.runner.notification.RunListener
import java.io.File
import kotlin.system.exitProcess

fun main(args: Array<String>) {
    require(args.size == 1) { "usage: HostTestMain <compiled test classes directory>" }
    val root = File(args[0])
    val classes = root.walkTopDown()
        .filter { it.isFile && it.name.endsWith("Test.class") && '$' !in it.name }
        .map { it.relativeTo(root).path.removeSuffix(".class").replace(File.separatorChar, '.') }
        .sorted()
        .map { Class.forName(it) }
        .toList()
    check(classes.isNotEmpty()) { "no test classes under $root" }

    val core = JUnitCore()
    core.addListener(object : RunListener() {
        private val failed = mutableSetOf<Description>()
        override fun testFailure(failure: Failure) {
            failed += failure.description
            println("FAILED ${failure.description.displayName}")
            println(failure.trace)
        }
        override fun testFinished(description: Description) {
            if (description !in failed) println("ok     ${description.displayName}")
        }
    })
    val result = core.run(*classes.toTypedArray())
    val failedCount = result.failureCount
    val passed = (result.runCount - failedCount).coerceAtLeast(0)
    println()
    println("kotlin: $passed passed, $failedCount failed")
    exitProcess(if (result.wasSuccessful() && result.runCount > 0) 0 else 1)
}
