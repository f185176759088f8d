// A helplines query through the Kotlin bindings: records, enums and localized names come
// across intact. Ranking and filtering are tested in Rust.
package org.salama.core

import org.junit.Assert.assertEquals
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder

class HelplinesTest {
    @get:Rule
    val tmp = TemporaryFolder()

    @Test
    fun greeceGivesItsTraffickingLineAndTheEuEmergencyNumberFirst() {
        Salama.open(tmp.newFolder("data"), listOf("en")).use { salama ->
            val lines = salama.helplines(HelplineQuery(country = "GR"))
            val ids = lines.map { it.id }
            assertTrue(ids.toString(), "gr-a21-1109" in ids && "eu-112" in ids)
            assertEquals("emergency numbers come first", "eu-112", ids.first())
            val a21 = lines.first { it.id == "gr-a21-1109" }
            assertEquals(ftlMessage("en", "helplines", "helplines-gr-a21-1109-name"), a21.name.text)
            assertEquals("GR", a21.country)
            assertEquals(listOf("1109"), a21.channels.map { it.address })
            assertEquals(HelplineOrigin.SEED, a21.origin)
            assertEquals(a21, salama.helpline("gr-a21-1109").copy(open = a21.open))

            val trafficking = salama.helplines(HelplineQuery(country = "GR", needs = listOf(Need.TRAFFICKING)))
            assertTrue(trafficking.all { Need.TRAFFICKING in it.needs || it.emergency })
            assertTrue(trafficking.any { it.id == "gr-a21-1109" })
        }
    }

    @Test
    fun anUnknownCountryIsInvalidInput() {
        Salama.open(tmp.newFolder("data"), listOf("en")).use { salama ->
            assertThrows(SalamaException.InvalidInput::class.java) { salama.helplines(HelplineQuery(country = "XX")) }
            assertThrows(SalamaException.NotFound::class.java) { salama.helpline("no-such-line") }
        }
    }
}
