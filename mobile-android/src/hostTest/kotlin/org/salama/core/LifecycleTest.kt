// Object lifetimes across the FFI: closing is idempotent and really frees the Rust object,
// use after close is a clear exception, closing under concurrent calls is safe, and a Rust
// panic becomes an exception that leaves the object working.
package org.salama.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder
import java.io.File
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger

class LifecycleTest {
    @get:Rule
    val tmp = TemporaryFolder()

    @Test
    fun closingTwiceIsHarmlessAndFreesTheRustObject() {
        val dir = tmp.newFolder("data")
        val salama = Salama.open(dir, listOf("en"))
        salama.search("asylum")
        // SQLite removes the write-ahead log when the last connection closes: proof that the
        // Rust object (which owns the connection) was dropped, not just marked closed.
        val wal = File(dir, "content.db-wal")
        assertTrue(wal.exists())
        salama.close()
        assertTrue(salama.uniffiIsDestroyed)
        assertFalse(wal.exists())
        salama.close()
        assertTrue(salama.uniffiIsDestroyed)
    }

    @Test
    fun useAfterCloseThrows() {
        val salama = Salama.open(tmp.newFolder("data"), listOf("en"))
        salama.use { it.topics() }
        val error = assertThrows(IllegalStateException::class.java) { salama.article("asylum") }
        assertTrue(error.message!!.contains("destroyed"))
    }

    @Test
    fun closingWhileOtherThreadsCallIsSafe() {
        val salama = Salama.open(tmp.newFolder("data"), listOf("ar"))
        val threads = 4
        val pool = Executors.newFixedThreadPool(threads)
        val started = CountDownLatch(threads)
        val succeeded = AtomicInteger()
        val refused = AtomicInteger()
        val futures = (1..threads).map {
            pool.submit<Unit> {
                started.countDown()
                repeat(200) {
                    try {
                        assertTrue(salama.search("اللجوء").isNotEmpty())
                        succeeded.incrementAndGet()
                    } catch (_: IllegalStateException) {
                        refused.incrementAndGet()
                    }
                }
            }
        }
        started.await()
        val deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60)
        while (succeeded.get() < threads && System.nanoTime() < deadline) Thread.sleep(1)
        salama.close()
        futures.forEach { it.get(60, TimeUnit.SECONDS) } // rethrows anything unexpected
        pool.shutdown()
        assertEquals(threads * 200, succeeded.get() + refused.get())
        assertTrue("no call was refused after close", refused.get() > 0)
        assertThrows(IllegalStateException::class.java) { salama.topics() }
    }

    @Test
    fun aRustPanicArrivesAsAnExceptionAndTheObjectStillWorks() {
        Salama.open(tmp.newFolder("data"), listOf("ar")).use { salama ->
            // test_hook_panic exists only in the host-test build (cargo feature test-hooks).
            val error = assertThrows(InternalException::class.java) { salama.testHookPanic("boom") }
            assertTrue(error.message, error.message!!.contains("test hook: boom"))
            // It panicked while holding the object's lock: the next call still gets through.
            assertEquals("ar", salama.article("asylum").locale)
        }
    }
}
