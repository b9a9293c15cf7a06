import QtQuick
import QtTest
import LiveDesk.Ui

// The microphone level meter follows the level it is given, within its bounds.
Item {
    id: root
    width: 100
    height: 100

    TestCase {
        id: testCase
        name: "MicLevelMeter"
        when: windowShown

        Component {
            id: meterComponent
            MicLevelMeter { height: 40 }
        }

        function fill(meter) {
            for (let i = 0; i < meter.children.length; ++i) {
                if (meter.children[i].objectName === "micLevelFill")
                    return meter.children[i]
            }
            return null
        }

        function test_level_data() {
            return [
                { tag: "silence shows no bar", level: 0, height: 0 },
                { tag: "half", level: 0.5, height: 20 },
                { tag: "full", level: 1, height: 40 },
                { tag: "above full stays full", level: 3, height: 40 },
                { tag: "below zero shows nothing", level: -1, height: 0 },
            ]
        }

        function test_level(data) {
            const meter = createTemporaryObject(meterComponent, root, { level: data.level })
            verify(meter)
            const bar = fill(meter)
            verify(bar)
            compare(bar.height, data.height)
            compare(bar.visible, data.height > 0)
            verify(meter.Accessible.ignored)
        }
    }
}
