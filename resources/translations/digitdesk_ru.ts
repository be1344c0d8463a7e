<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Adaptation</name>
    <message>
        <source>The adapted model could not be kept for next time: {0}</source>
        <translation>Адаптированную модель не удалось сохранить на следующий раз: {0}</translation>
    </message>
    <message>
        <source>Reading with the model adapted to your handwriting.</source>
        <translation>Читает модель, адаптированная к вашему почерку.</translation>
    </message>
    <message>
        <source>Reading with the original model.</source>
        <translation>Читает исходная модель.</translation>
    </message>
    <message>
        <source>The adapted model kept last time cannot be read: {0}</source>
        <translation>Не удаётся прочитать адаптированную модель, сохранённую в прошлый раз: {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;It did not read your held-out digits better: it may read your style well already, or need more rounds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Отложенные цифры она не стала читать лучше: возможно, она уже хорошо читает ваш почерк или нужно больше кругов.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your digits: {0:.0f}% → {1:.0f}% read correctly (it learnt from all of them; with two of each digit, the ones it did not learn from are measured too).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ваши цифры: {0:.0f}% → {1:.0f}% прочитано верно (она училась на всех них; когда каждой цифры по две, измеряются и те, на которых она не училась).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;MNIST test digits (everybody else&apos;s handwriting): {0:.2f}% → {1:.2f}%.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Тестовые цифры MNIST (почерк всех остальных): {0:.2f}% → {1:.2f}%.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Measuring the figures above took another {0:.1f} s.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;На измерение показателей выше ушло ещё {0:.1f} с.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your kept digits cannot be read (see My handwriting).</source>
        <translation>Не удаётся прочитать сохранённые цифры (см. «Мой почерк»).</translation>
    </message>
    <message>
        <source>Fine-tuning waits: train or open a model first, and let training or the fine-tune running finish.</source>
        <translation>Дообучение подождёт: сначала обучите или откройте модель и дождитесь конца обучения или идущего дообучения.</translation>
    </message>
    <message>
        <source>A fine-tune is running; it will be done in a moment.</source>
        <translation>Идёт дообучение; сейчас закончится.</translation>
    </message>
    <message>
        <source>Keep a few of your digits first (Keep as, or Teach it your handwriting).</source>
        <translation>Сначала запомните несколько своих цифр («Запомнить как» или «Выучить мой почерк»).</translation>
    </message>
    <message>
        <source>None of your kept digits is one this model reads: keep some of its digits first.</source>
        <translation>Ни одна из сохранённых вами цифр не читается этой моделью: сначала сохраните несколько её цифр.</translation>
    </message>
    <message numerus="yes">
        <source>Learning your %Ln digit(s), mixed into MNIST…</source>
        <translation>
            <numerusform>Модель учит вашу %Ln цифру, примешанную к MNIST…</numerusform>
            <numerusform>Модель учит ваши %Ln цифры, примешанные к MNIST…</numerusform>
            <numerusform>Модель учит ваши %Ln цифр, примешанные к MNIST…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adapted to your handwriting: your %Ln digit(s).{0} MNIST test {1:.2f}% → {2:.2f}%.</source>
        <translation>
            <numerusform>Адаптировано к вашему почерку: %Ln ваша цифра.{0} Тест MNIST {1:.2f}% → {2:.2f}%.</numerusform>
            <numerusform>Адаптировано к вашему почерку: %Ln ваши цифры.{0} Тест MNIST {1:.2f}% → {2:.2f}%.</numerusform>
            <numerusform>Адаптировано к вашему почерку: %Ln ваших цифр.{0} Тест MNIST {1:.2f}% → {2:.2f}%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The original model stays in use: adapted to your %Ln digit(s), it read the ones it did not learn from no better ({0:.0f}% → {1:.0f}%). Click Use the adapted model to read with it anyway.</source>
        <translation>
            <numerusform>В работе остаётся исходная модель: дообученная на %Ln вашей цифре, она читала цифры, на которых не училась, не лучше ({0:.0f}% → {1:.0f}%). Чтобы всё равно читать ею, нажмите «Адаптированная модель».</numerusform>
            <numerusform>В работе остаётся исходная модель: дообученная на %Ln ваших цифрах, она читала цифры, на которых не училась, не лучше ({0:.0f}% → {1:.0f}%). Чтобы всё равно читать ею, нажмите «Адаптированная модель».</numerusform>
            <numerusform>В работе остаётся исходная модель: дообученная на %Ln ваших цифрах, она читала цифры, на которых не училась, не лучше ({0:.0f}% → {1:.0f}%). Чтобы всё равно читать ею, нажмите «Адаптированная модель».</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine-tuning finished, but meanwhile another model came into use or training started, so its result was dropped.</source>
        <translation>Дообучение завершилось, но тем временем в работу пошла другая модель или началось обучение, поэтому его результат отброшен.</translation>
    </message>
    <message>
        <source> Your digits it did not learn from: {0:.0f}% → {1:.0f}%.</source>
        <translation> Ваши цифры, на которых она не училась: {0:.0f}% → {1:.0f}%.</translation>
    </message>
    <message numerus="yes">
        <source>The adapted model you were using stays in use: re-tuned on your %Ln digit(s), the new one read the ones it did not learn from no better than the original ({0:.0f}% → {1:.0f}%), so it was not kept.</source>
        <translation>
            <numerusform>В работе остаётся адаптированная модель, которой вы пользовались: новая, дообученная на %Ln вашей цифре, читала цифры, на которых не училась, не лучше исходной ({0:.0f}% → {1:.0f}%), поэтому она не сохранена.</numerusform>
            <numerusform>В работе остаётся адаптированная модель, которой вы пользовались: новая, дообученная на %Ln ваших цифрах, читала цифры, на которых не училась, не лучше исходной ({0:.0f}% → {1:.0f}%), поэтому она не сохранена.</numerusform>
            <numerusform>В работе остаётся адаптированная модель, которой вы пользовались: новая, дообученная на %Ln ваших цифрах, читала цифры, на которых не училась, не лучше исходной ({0:.0f}% → {1:.0f}%), поэтому она не сохранена.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine-tuning failed: {0}</source>
        <translation>Дообучение не удалось: {0}</translation>
    </message>
    <message>
        <source>Let training finish first, then correct its readings.</source>
        <translation>Сначала дайте обучению закончиться, затем исправляйте ответы.</translation>
    </message>
    <message>
        <source>Train or open a model first, then teach it your handwriting.</source>
        <translation>Сначала обучите или откройте модель, затем научите её вашему почерку.</translation>
    </message>
    <message>
        <source>This model tells apart only {0}: it cannot learn a {1}, so the drawing is not kept. Keep as keeps it in your set anyway.</source>
        <translation>Эта модель различает только {0}: цифру {1} она выучить не может, поэтому рисунок не сохранён. Кнопка «Запомнить как» всё же сохранит его в вашем наборе.</translation>
    </message>
    <message>
        <source>Kept as your {0}; the model learns it in a moment.</source>
        <translation>Сохранено как ваша {0}; модель сейчас её выучит.</translation>
    </message>
</context>
<context>
    <name>ArchitectureField</name>
    <message>
        <source>Clear the layers</source>
        <translation>Очистить слои</translation>
    </message>
    <message>
        <source>Clear the layers: back to the hidden layers above.</source>
        <translation>Очистить слои: вернуться к скрытым слоям выше.</translation>
    </message>
    <message>
        <source>empty: use Hidden layers</source>
        <translation>пусто: скрытые слои</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <source>The whole network as a list of layers, from the image up, separated by commas,
e.g. conv32x5,pool2,conv64x5,pool2,dense128 (a small convolutional network):
  convNxK   N filters of K x K pixels slid over the image (add &apos;same&apos; to keep
            its size: conv32x3same)
  poolK     keep the largest value of each K x K block (max pooling)
  denseN    a fully connected layer of N units
  dropoutR  while training, drop each input at random with probability R
The output layer is added at the end. Empty: the MLP of the hidden layers above.</source>
        <translation>Вся сеть как список слоёв от изображения вверх, через запятую,
например conv32x5,pool2,conv64x5,pool2,dense128 (небольшая свёрточная сеть):
  convNxK   N фильтров K x K пикселей, скользящих по изображению (добавьте &apos;same&apos;,
            чтобы сохранить размер: conv32x3same)
  poolK     оставить наибольшее значение каждого блока K x K (max pooling)
  denseN    полносвязный слой из N нейронов
  dropoutR  при обучении отбрасывать каждый вход случайно с вероятностью R
Выходной слой добавляется в конце. Пусто: MLP из скрытых слоёв выше.</translation>
    </message>
    <message>
        <source>What the layers make of an image</source>
        <translation>Что слои делают из изображения</translation>
    </message>
    <message>
        <source>These layers cannot be built: {0}</source>
        <translation>Эти слои нельзя построить: {0}</translation>
    </message>
    <message>
        <source>{0} outputs</source>
        <translation>выходов: {0}</translation>
    </message>
    <message>
        <source>{0} · {1} weights</source>
        <translation>{0} · весов: {1}</translation>
    </message>
</context>
<context>
    <name>BackgroundJobs</name>
    <message>
        <source>Unexpected error: {0}</source>
        <translation>Непредвиденная ошибка: {0}</translation>
    </message>
</context>
<context>
    <name>BugLabBox</name>
    <message>
        <source>Bug lab: break the engine on purpose</source>
        <translation>Лаборатория ошибок</translation>
    </message>
    <message>
        <source>Each switch puts back a mistake a learner really made. With a switch on,
the engine is BROKEN ON PURPOSE: run the gradient check to see where.
All switches off (the default) is the correct engine.</source>
        <translation>Каждый переключатель возвращает ошибку, которую на самом деле допустил учащийся.
Когда переключатель включён, движок СЛОМАН НАРОЧНО: запустите проверку градиента, чтобы увидеть где.
Все переключатели выключены (по умолчанию) — движок правильный.</translation>
    </message>
    <message>
        <source>Off is the correct engine. On: the learner&apos;s mistake.</source>
        <translation>Выкл. — правильный движок. Вкл. — ошибка учащегося.</translation>
    </message>
    <message>
        <source>Bug: {0}</source>
        <translation>Ошибка: {0}</translation>
    </message>
    <message>
        <source>BROKEN ON PURPOSE (learner {0}).

The learner wrote:
    {1}
Correct:
    {2}

{3}</source>
        <translation>СЛОМАНО НАРОЧНО (учащийся {0}).

Учащийся написал:
    {1}
Правильно:
    {2}

{3}</translation>
    </message>
    <message>
        <source>Not available while &quot;{0}&quot; is on: both replace the sigmoid&apos;s derivative.</source>
        <translation>Недоступно, пока включено «{0}»: оба заменяют производную сигмоиды.</translation>
    </message>
    <message>
        <source>Not available: this network has no sigmoid for it to act on (choose the Sigmoid activation with a hidden layer, or a sigmoid output).</source>
        <translation>Недоступно: в этой сети нет сигмоиды, на которую оно могло бы действовать (выберите активацию «Сигмоида» со скрытым слоем или сигмоидный выход).</translation>
    </message>
    <message>
        <source>BROKEN ON PURPOSE</source>
        <translation>СЛОМАНО НАРОЧНО</translation>
    </message>
    <message>
        <source>— the engine now runs the learner&apos;s code:</source>
        <translation>— теперь движок выполняет код учащегося:</translation>
    </message>
</context>
<context>
    <name>ConfidenceControls</name>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>One output, a number, not probabilities: {0}. The bars only show how close each digit is to {1:.1f}; they are not how sure the network is.</source>
        <translation>Один выход — число, а не вероятности: {0}. Столбики лишь показывают, насколько каждая цифра близка к {1:.1f}; это не уверенность сети.</translation>
    </message>
    <message>
        <source>I don&apos;t know: at most {digit} ({percent:.0f}%), then {second} ({second_percent:.0f}%).</source>
        <translation>Не знаю: скорее всего {digit} ({percent:.0f}%), затем {second} ({second_percent:.0f}%).</translation>
    </message>
    <message>
        <source>This model only knows {digits}. It cannot answer &quot;none of these&quot;: any other digit is still read as one of them, however sure it looks.</source>
        <translation>Эта модель знает только {digits}. Ответить «ни одна из них» она не может: любая другая цифра всё равно будет прочитана как одна из них, какой бы уверенной модель ни казалась.</translation>
    </message>
    <message>
        <source>&amp;Unsure below</source>
        <translation>&amp;Не уверена ниже</translation>
    </message>
    <message>
        <source>I don&apos;t know threshold</source>
        <translation>Порог «не знаю»</translation>
    </message>
    <message>
        <source>When the most probable digit is less probable than this, the network says it
does not know instead of naming a digit. 0% never doubts.</source>
        <translation>Когда вероятность самой вероятной цифры ниже этого значения, сеть говорит,
что не знает, вместо того чтобы назвать цифру. При 0% она никогда не сомневается.</translation>
    </message>
    <message>
        <source>T&amp;emperature</source>
        <translation>&amp;Температура</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Divides the network&apos;s logits before the softmax: softmax(z / T).
Above 1 the probabilities flatten (an over-confident network doubts more),
below 1 they sharpen. 1 shows the network&apos;s own probabilities.
The most probable digit never changes, only how sure it looks.</source>
        <translation>Делит логиты сети перед softmax: softmax(z / T).
Выше 1 вероятности сглаживаются (слишком уверенная сеть сомневается больше),
ниже 1 — заостряются. При 1 показаны собственные вероятности сети.
Самая вероятная цифра не меняется, меняется лишь видимая уверенность.</translation>
    </message>
    <message>
        <source>Off for this model: it has one output, a number, not probabilities.
It says it is not sure when that number × 10 rounds to none of its digits
(10.0, -0.7), not when a probability is below a threshold.</source>
        <translation>Для этой модели выключено: у неё один выход — число, а не вероятности.
Она отвечает «не уверена», когда это число × 10 не округляется ни до одной из её цифр
(10,0, −0,7), а не когда вероятность ниже порога.</translation>
    </message>
    <message>
        <source>Off for this model: it has one output, a number, not probabilities.
The temperature reshapes a softmax&apos;s probabilities (softmax(z / T));
this network has no softmax, so there is nothing for it to change.</source>
        <translation>Для этой модели выключено: у неё один выход — число, а не вероятности.
Температура меняет вероятности softmax (softmax(z / T));
у этой сети нет softmax, так что менять нечего.</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>Confusion matrix</source>
        <translation>Матрица ошибок</translation>
    </message>
    <message>
        <source>Each row is a true digit of the validation set, each column the digit the
network read. The green diagonal is what it reads right; a red cell counts
one kind of mistake. Click a cell to see its digits below.</source>
        <translation>Каждая строка — истинная цифра из валидационной выборки, каждый столбец — цифра,
которую прочитала сеть. Зелёная диагональ — верные ответы; красная клетка считает
один вид ошибок. Щёлкните клетку, чтобы увидеть её цифры ниже.</translation>
    </message>
    <message>
        <source>read as →</source>
        <translation>прочитана как →</translation>
    </message>
    <message>
        <source>true digit →</source>
        <translation>истинная цифра →</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln image(s) of {1} read correctly ({2:.1f}%)</source>
        <translation>
            <numerusform>Прочитано верно: {0} из %Ln изображения цифры {1} ({2:.1f}%)</numerusform>
            <numerusform>Прочитано верно: {0} из %Ln изображений цифры {1} ({2:.1f}%)</numerusform>
            <numerusform>Прочитано верно: {0} из %Ln изображений цифры {1} ({2:.1f}%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln image(s) of {1} read as {3} ({2:.1f}%)</source>
        <translation>
            <numerusform>Прочитано как {3}: {0} из %Ln изображения цифры {1} ({2:.1f}%)</numerusform>
            <numerusform>Прочитано как {3}: {0} из %Ln изображений цифры {1} ({2:.1f}%)</numerusform>
            <numerusform>Прочитано как {3}: {0} из %Ln изображений цифры {1} ({2:.1f}%)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln epoch(s)</source>
        <translation>
            <numerusform>%Ln эпоха</numerusform>
            <numerusform>%Ln эпохи</numerusform>
            <numerusform>%Ln эпох</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln батч</numerusform>
            <numerusform>%Ln батча</numerusform>
            <numerusform>%Ln батчей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln digit(s)</source>
        <translation>
            <numerusform>%Ln цифра</numerusform>
            <numerusform>%Ln цифры</numerusform>
            <numerusform>%Ln цифр</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln изображение</numerusform>
            <numerusform>%Ln изображения</numerusform>
            <numerusform>%Ln изображений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training image(s)</source>
        <translation>
            <numerusform>%Ln обучающее изображение</numerusform>
            <numerusform>%Ln обучающих изображения</numerusform>
            <numerusform>%Ln обучающих изображений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln&#xa0;мин.</numerusform>
            <numerusform>%Ln&#xa0;мин.</numerusform>
            <numerusform>%Ln&#xa0;мин.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln&#xa0;час</numerusform>
            <numerusform>%Ln&#xa0;часа</numerusform>
            <numerusform>%Ln&#xa0;часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln&#xa0;день</numerusform>
            <numerusform>%Ln&#xa0;дня</numerusform>
            <numerusform>%Ln&#xa0;дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataImport</name>
    <message>
        <source>&amp;Import Training Data…</source>
        <translation>&amp;Импорт обучающих данных…</translation>
    </message>
    <message>
        <source>Train on Kaggle&apos;s train.csv or a pair of MNIST IDX files</source>
        <translation>Обучать на train.csv из Kaggle или паре файлов MNIST IDX</translation>
    </message>
    <message>
        <source>Use &amp;Bundled MNIST</source>
        <translation>&amp;Встроенный MNIST</translation>
    </message>
    <message>
        <source>Train on the MNIST set that comes with DigitDesk again</source>
        <translation>Снова обучать на наборе MNIST, который поставляется с DigitDesk</translation>
    </message>
    <message numerus="yes">
        <source>The bundled MNIST (%Ln training image(s))</source>
        <translation>
            <numerusform>Встроенный MNIST (%Ln обучающее изображение)</numerusform>
            <numerusform>Встроенный MNIST (%Ln обучающих изображения)</numerusform>
            <numerusform>Встроенный MNIST (%Ln обучающих изображений)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Training Data</source>
        <translation>Импорт обучающих данных</translation>
    </message>
    <message>
        <source>Which format is your data in?

Kaggle: one train.csv (label, then 784 pixels).
MNIST IDX: an images file and a labels file, or a folder holding the four standard MNIST files.</source>
        <translation>В каком формате ваши данные?

Kaggle: один train.csv (метка, затем 784 пикселя).
MNIST IDX: файл изображений и файл меток или папка с четырьмя стандартными файлами MNIST.</translation>
    </message>
    <message>
        <source>Kaggle CSV…</source>
        <translation>Kaggle CSV…</translation>
    </message>
    <message>
        <source>IDX files…</source>
        <translation>Файлы IDX…</translation>
    </message>
    <message>
        <source>MNIST folder…</source>
        <translation>Папка MNIST…</translation>
    </message>
    <message>
        <source>Kaggle train.csv</source>
        <translation>Kaggle train.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>MNIST images file (IDX)</source>
        <translation>Файл изображений MNIST (IDX)</translation>
    </message>
    <message>
        <source>IDX files (*idx3* *.gz);;All files (*)</source>
        <translation>Файлы IDX (*idx3* *.gz);;Все файлы (*)</translation>
    </message>
    <message>
        <source>MNIST labels file (IDX) for {0}</source>
        <translation>Файл меток MNIST (IDX) для {0}</translation>
    </message>
    <message>
        <source>IDX files (*idx1* *.gz);;All files (*)</source>
        <translation>Файлы IDX (*idx1* *.gz);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Folder with the MNIST files</source>
        <translation>Папка с файлами MNIST</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Чтение {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import cancelled; the training data did not change.</source>
        <translation>Импорт отменён; обучающие данные не изменились.</translation>
    </message>
    <message>
        <source>Training on {0} from now on (File &gt; Use Bundled MNIST to go back).</source>
        <translation>Теперь обучение идёт на {0} (вернуться: «Файл &gt; Встроенный MNIST»).</translation>
    </message>
    <message numerus="yes">
        <source>validation images {0} → {1} (a tenth of the %Ln row(s))</source>
        <translation>
            <numerusform>валидационные изображения {0} → {1} (десятая часть от %Ln строки)</numerusform>
            <numerusform>валидационные изображения {0} → {1} (десятая часть от %Ln строк)</numerusform>
            <numerusform>валидационные изображения {0} → {1} (десятая часть от %Ln строк)</numerusform>
        </translation>
    </message>
    <message>
        <source>training images {0} → All</source>
        <translation>обучающие изображения {0} → Все</translation>
    </message>
    <message>
        <source>Sizes fitted to the data: {0}.</source>
        <translation>Размеры подогнаны под данные: {0}.</translation>
    </message>
    <message>
        <source>Could not import the data; the training data did not change.</source>
        <translation>Не удалось импортировать данные; обучающие данные не изменились.</translation>
    </message>
    <message>
        <source>Cannot import the training data</source>
        <translation>Не удаётся импортировать обучающие данные</translation>
    </message>
    <message>
        <source>Training on the bundled MNIST again.</source>
        <translation>Снова обучение на встроенном MNIST.</translation>
    </message>
    <message>
        <source>Reading the bundled MNIST…</source>
        <translation>Чтение встроенного MNIST…</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Training data</source>
        <translation>Обучающие данные</translation>
    </message>
    <message>
        <source>Images per digit</source>
        <translation>Изображений на цифру</translation>
    </message>
    <message>
        <source>How many images of each digit the data holds. Blue: the digits chosen in the
form; grey: left out. A very uneven count teaches the network to guess the
common digits.</source>
        <translation>Сколько изображений каждой цифры есть в данных. Синий — цифры, выбранные
в форме; серый — не используемые. Сильно неравные количества учат сеть угадывать
частые цифры.</translation>
    </message>
    <message>
        <source>images</source>
        <translation>изображения</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>цифра</translation>
    </message>
    <message>
        <source>Sample images of each chosen digit</source>
        <translation>Примеры изображений выбранных цифр</translation>
    </message>
    <message>
        <source>The first images of each chosen digit, as the network sees them (28 × 28 pixels).</source>
        <translation>Первые изображения каждой выбранной цифры — такими их видит сеть (28 × 28 пикселей).</translation>
    </message>
    <message>
        <source>The training data is read when this tab is first shown.</source>
        <translation>Обучающие данные читаются, когда эта вкладка показывается впервые.</translation>
    </message>
    <message>
        <source>The training data is read when this tab is shown.</source>
        <translation>Обучающие данные читаются, когда показывается эта вкладка.</translation>
    </message>
    <message>
        <source>All ten digits</source>
        <translation>Все десять цифр</translation>
    </message>
    <message>
        <source>Digits {0}</source>
        <translation>Цифры {0}</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %Ln image(s) → {1} to train on, {2} held out for validation.</source>
        <translation>
            <numerusform>{0}: %Ln изображение → для обучения {1}, для валидации отложено {2}.</numerusform>
            <numerusform>{0}: %Ln изображения → для обучения {1}, для валидации отложено {2}.</numerusform>
            <numerusform>{0}: %Ln изображений → для обучения {1}, для валидации отложено {2}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No labelled test set: the test accuracy is not measured.</source>
        <translation>Нет размеченной тестовой выборки: точность на тесте не измеряется.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsView</name>
    <message>
        <source>gradient RMS</source>
        <translation>RMS градиента</translation>
    </message>
    <message>
        <source>Gradient size of each layer&apos;s weights: the root mean square of dL/dW, per weight
(so big layers don&apos;t look stronger). Near 0: the layer gets no learning signal
(saturated units, or a vanishing gradient). Log scale.</source>
        <translation>Величина градиента весов каждого слоя: среднеквадратичное dL/dW на один вес
(чтобы большие слои не казались сильнее). Около 0: слой не получает обучающего сигнала
(насыщенные нейроны или затухание градиента). Логарифмическая шкала.</translation>
    </message>
    <message>
        <source>update / weight</source>
        <translation>обновление / вес</translation>
    </message>
    <message>
        <source>How much one step changes a layer&apos;s weights, relative to their size.
About 1e-3 is healthy (dashed line); 1e-6 means frozen, 1e-1 means wild steps.
Log scale.</source>
        <translation>Насколько один шаг меняет веса слоя относительно их величины.
Около 1e-3 — норма (пунктир); 1e-6 — веса заморожены, 1e-1 — слишком резкие шаги.
Логарифмическая шкала.</translation>
    </message>
    <message>
        <source>stuck units</source>
        <translation>застрявшие нейроны</translation>
    </message>
    <message>
        <source>Solid: the share of sigmoid/tanh outputs within 0.05 of their limits (saturated:
their slope is about 0, so almost no gradient flows back through them).
Dashed: the share of ReLUs that output 0 for the whole batch (dead).
Above half (dotted line) the findings speak up.</source>
        <translation>Сплошная: доля выходов сигмоид и tanh, которые ближе чем на 0,05 к своим пределам (насыщены:
их наклон около 0, и градиент через них почти не проходит назад).
Штриховая: доля ReLU, выдающих 0 на всём батче («мёртвые»).
Выше половины (пунктир) о них сообщают находки.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>эпоха</translation>
    </message>
    <message>
        <source>Layer colours</source>
        <translation>Цвета слоёв</translation>
    </message>
    <message>
        <source>Values under the mouse</source>
        <translation>Значения под курсором</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Находки</translation>
    </message>
    <message>
        <source>One curve per layer, measured every few batches while training runs.</source>
        <translation>По кривой на слой; измеряется каждые несколько батчей во время обучения.</translation>
    </message>
    <message>
        <source>layer {0}</source>
        <translation>слой {0}</translation>
    </message>
    <message>
        <source>stuck units: solid saturated, dashed dead</source>
        <translation>застрявшие нейроны: сплошная — насыщенные, штриховая — мёртвые</translation>
    </message>
    <message>
        <source>Point at the curves to read their values.</source>
        <translation>Наведите курсор на кривые, чтобы прочитать значения.</translation>
    </message>
    <message>
        <source>epoch &lt;b&gt;{0:.2f}&lt;/b&gt;</source>
        <translation>эпоха &lt;b&gt;{0:.2f}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0:.0f}% saturated</source>
        <translation>{0:.0f}% насыщенных</translation>
    </message>
    <message>
        <source>{0:.0f}% dead</source>
        <translation>{0:.0f}% мёртвых</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;■&lt;/span&gt; layer {1}: gradient &lt;b&gt;{2:.1e}&lt;/b&gt;, update/weight &lt;b&gt;{3:.1e}&lt;/b&gt;{4}</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;■&lt;/span&gt; слой {1}: градиент &lt;b&gt;{2:.1e}&lt;/b&gt;, обновление/вес &lt;b&gt;{3:.1e}&lt;/b&gt;{4}</translation>
    </message>
    <message>
        <source>Nothing looks wrong so far.</source>
        <translation>Пока всё выглядит нормально.</translation>
    </message>
    <message>
        <source>Findings appear here while training runs: a loss that stops moving or jumps around, saturated or dead units, steps too small or too large. Each comes with a fix you can apply with one click.</source>
        <translation>Здесь во время обучения появляются находки: потери перестали меняться или скачут, нейроны насыщены или мертвы, шаги слишком малы или велики. К каждой прилагается исправление, которое применяется одним щелчком.</translation>
    </message>
</context>
<context>
    <name>DigitPanel</name>
    <message>
        <source>&amp;Undo Stroke</source>
        <translation>&amp;Отменить штрих</translation>
    </message>
    <message>
        <source>Remove the last stroke ({key})</source>
        <translation>Удалить последний штрих ({key})</translation>
    </message>
    <message>
        <source>C&amp;lear Drawing</source>
        <translation>О&amp;чистить рисунок</translation>
    </message>
    <message>
        <source>Wipe the pad to draw a new digit (Esc)</source>
        <translation>Стереть поле, чтобы нарисовать новую цифру (Esc)</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>Толщина пера</translation>
    </message>
    <message>
        <source>How thick the pen looks on the pad. It does not change what the network sees:
your strokes are redrawn at MNIST&apos;s own stroke width (about 2 pixels in 28 x 28)
whatever pen you draw with, as the preview shows.</source>
        <translation>Насколько толстым выглядит перо на поле. На то, что видит сеть, это не влияет:
ваши штрихи перерисовываются с толщиной штриха MNIST (около 2 пикселей в 28 x 28),
каким бы пером вы ни рисовали, — это видно в предпросмотре.</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Перо</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Keep as</source>
        <translation>Запомнить как</translation>
    </message>
    <message>
        <source>Keep the drawing as my digit</source>
        <translation>Сохранить рисунок как мою цифру</translation>
    </message>
    <message>
        <source>digit?</source>
        <translation>цифра?</translation>
    </message>
    <message>
        <source>This model only knows {0}: it cannot tell which digit you drew. Choose it
in the box on the right (or type it there), then keep it.</source>
        <translation>Эта модель знает только {0}: она не может сказать, какую цифру вы нарисовали.
Выберите её в поле справа (или наберите её там), затем сохраните.</translation>
    </message>
    <message>
        <source>Which digit you drew. It follows what the network reads when it is sure;
otherwise choose it (or type it). Correct it if the network is wrong -
those are the digits worth keeping.</source>
        <translation>Какую цифру вы нарисовали. Когда сеть уверена, здесь её ответ;
иначе выберите цифру (или наберите её). Если сеть ошиблась, исправьте:
именно такие цифры стоит сохранять.</translation>
    </message>
    <message>
        <source>The network is not sure which digit this is: choose the digit you drew in
the box on the right (or type it there), then keep it.</source>
        <translation>Сеть не уверена, какая это цифра: выберите нарисованную цифру
в поле справа (или наберите её там), затем сохраните.</translation>
    </message>
    <message>
        <source>Keep this drawing, labelled with the digit on the right, in your own set
(the My handwriting tab), to check and fine-tune the model on your handwriting.</source>
        <translation>Сохранить этот рисунок с меткой-цифрой справа в ваш собственный набор
(вкладка «Мой почерк»), чтобы проверить и дообучить модель на вашем почерке.</translation>
    </message>
    <message>
        <source>Digit to keep the drawing as</source>
        <translation>Цифра, под которой сохранить рисунок</translation>
    </message>
    <message>
        <source>
If it misreads your digit, click the right one: it is kept in your own set
and the model is fine-tuned on your handwriting again.</source>
        <translation>
Если сеть неверно прочитала цифру, щёлкните правильную: она сохранится в вашем наборе,
и модель снова дообучится на вашем почерке.</translation>
    </message>
    <message>
        <source>Adapt to them</source>
        <translation>Адаптировать</translation>
    </message>
    <message>
        <source>&lt;b&gt;✓ Adapted&lt;/b&gt;</source>
        <translation>&lt;b&gt;✓ Адаптирована&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Adapted to your handwriting: the pad reads with a copy of the model fine-tuned on your own digits</source>
        <translation>Адаптирована к вашему почерку: поле читает копией модели, дообученной на ваших собственных цифрах</translation>
    </message>
    <message>
        <source>Teach it your handwriting…</source>
        <translation>Выучить мой почерк…</translation>
    </message>
    <message>
        <source>Teach it your handwriting</source>
        <translation>Выучить мой почерк</translation>
    </message>
    <message>
        <source>Draw each digit twice; the model then learns your style in a few seconds</source>
        <translation>Нарисуйте каждую цифру дважды; затем модель за несколько секунд выучит ваш почерк</translation>
    </message>
    <message>
        <source>Switch between the adapted and the original model</source>
        <translation>Переключиться между адаптированной и исходной моделью</translation>
    </message>
    <message>
        <source>
A convolutional network reads your digit five times: as drawn, turned 6°
either way, and 10% smaller and bigger; the bars show the average, which
reads drawn digits better. The tab Inside the network shows its reading
of the digit as drawn alone.</source>
        <translation>
Свёрточная сеть читает вашу цифру пять раз: как нарисовано, повёрнутой на 6°
в обе стороны, на 10% меньше и больше; столбики показывают среднее, которое
лучше читает нарисованные цифры. Вкладка «Внутри сети» показывает её ответ
для цифры только в нарисованном виде.</translation>
    </message>
    <message>
        <source>The network sees</source>
        <translation>Сеть видит</translation>
    </message>
    <message>
        <source>It reads</source>
        <translation>Ответ сети</translation>
    </message>
    <message>
        <source>
From the keyboard: Tab to the bars, then type the right digit.</source>
        <translation>
С клавиатуры: клавишей Tab перейдите к полоскам и наберите правильную цифру.</translation>
    </message>
    <message>
        <source>It reads (5 views)</source>
        <translation>Ответ сети (5 видов)</translation>
    </message>
    <message>
        <source>The network sees (straightened)</source>
        <translation>Сеть видит (выпрямлено)</translation>
    </message>
    <message>
        <source>
This model was trained on straightened digits, so your drawing is
straightened (deskewed) the same way before it reads it.</source>
        <translation>
Эта модель обучена на выпрямленных цифрах, поэтому ваш рисунок
перед распознаванием выпрямляется (устраняется наклон) так же.</translation>
    </message>
    <message>
        <source>Draw on the pad to replace this digit</source>
        <translation>Рисуйте на поле, чтобы заменить эту цифру</translation>
    </message>
    <message>
        <source>Train or open a model first (and let training finish), then teach it your handwriting.</source>
        <translation>Сначала обучите или откройте модель (и дайте обучению закончиться), затем научите её вашему почерку.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln digit(s) kept</source>
        <translation>
            <numerusform>Сохранена %Ln цифра</numerusform>
            <numerusform>Сохранены %Ln цифры</numerusform>
            <numerusform>Сохранено %Ln цифр</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of your digits (is|are) kept in My handwriting; this model has not learnt them yet</source>
        <translation>
            <numerusform>В «Моём почерке» сохранено ваших цифр: %Ln; эта модель их ещё не выучила</numerusform>
            <numerusform>В «Моём почерке» сохранено ваших цифр: %Ln; эта модель их ещё не выучила</numerusform>
            <numerusform>В «Моём почерке» сохранено ваших цифр: %Ln; эта модель их ещё не выучила</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine-tune this model on your kept digits, in the background (a few seconds)</source>
        <translation>Дообучить эту модель на сохранённых вами цифрах, в фоне (несколько секунд)</translation>
    </message>
    <message>
        <source>Use the original</source>
        <translation>Исходная модель</translation>
    </message>
    <message>
        <source>Read with the model as it was before it learnt your handwriting</source>
        <translation>Читать моделью в том виде, какой она была до изучения вашего почерка</translation>
    </message>
    <message>
        <source>Read with the model fine-tuned on your handwriting again</source>
        <translation>Снова читать моделью, дообученной на вашем почерке</translation>
    </message>
    <message>
        <source>{width} px</source>
        <translation>{width}&#xa0;пикс.</translation>
    </message>
    <message>
        <source>Draw a digit on the pad. {0}</source>
        <translation>Нарисуйте цифру на поле. {0}</translation>
    </message>
    <message>
        <source>Draw a digit on the pad</source>
        <translation>Нарисуйте цифру на поле</translation>
    </message>
    <message>
        <source>Draw a digit on the pad, or first teach it your handwriting (Teach it your handwriting…, Ctrl+T): it reads you better after twenty of your digits</source>
        <translation>Нарисуйте цифру на поле или сначала научите модель вашему почерку («Выучить мой почерк…», Ctrl+T): после двадцати ваших цифр она читает вас лучше</translation>
    </message>
    <message>
        <source>A dot is not a digit: draw your digit bigger</source>
        <translation>Точка — это не цифра: нарисуйте цифру крупнее</translation>
    </message>
    <message>
        <source>No model yet: train one or open a saved model to read your digit</source>
        <translation>Модели пока нет: обучите её или откройте сохранённую, чтобы прочитать вашу цифру</translation>
    </message>
    <message>
        <source>The model&apos;s outputs are not numbers (NaN): its training diverged</source>
        <translation>Выходы модели — не числа (NaN): её обучение разошлось</translation>
    </message>
    <message>
        <source>Which digit you drew: choose it (or type it). This model only knows {0},
so it suggests none: it cannot know that you drew another digit.</source>
        <translation>Какую цифру вы нарисовали: выберите её (или наберите). Эта модель знает только {0},
поэтому ничего не предлагает: она не может знать, что вы нарисовали другую цифру.</translation>
    </message>
    <message>
        <source>Use the adapted model</source>
        <translation>Адаптированная модель</translation>
    </message>
</context>
<context>
    <name>DistributionsView</name>
    <message>
        <source>The run stopped (the loss diverged, or an error) before the distributions of the weights it kept were measured: train again (Start) to see them.</source>
        <translation>Запуск остановился (обучение разошлось или произошла ошибка) раньше, чем были измерены распределения сохранённых им весов: обучите снова («Старт»), чтобы их увидеть.</translation>
    </message>
    <message>
        <source>Distributions are measured batch by batch as a model trains, and a model file does not keep them: train this model (Start) to see its own.</source>
        <translation>Распределения измеряются батч за батчем во время обучения, и файл модели их не хранит: обучите эту модель («Старт»), чтобы увидеть её собственные.</translation>
    </message>
    <message>
        <source>Layer {0} (W{0})</source>
        <translation>Слой {0} (W{0})</translation>
    </message>
    <message>
        <source>Last batch, updated twice a second while training. Weights: {0:.3g} to {1:.3g}.</source>
        <translation>Последний батч, во время обучения обновляется дважды в секунду. Веса: от {0:.3g} до {1:.3g}.</translation>
    </message>
    <message>
        <source>The last batch of the run that trained the model in use. Weights: {0:.3g} to {1:.3g}.</source>
        <translation>Последний батч запуска, обучившего текущую модель. Веса: от {0:.3g} до {1:.3g}.</translation>
    </message>
    <message>
        <source>La&amp;yer</source>
        <translation>С&amp;лой</translation>
    </message>
    <message>
        <source>Lo&amp;g counts</source>
        <translation>Лог. &amp;шкала</translation>
    </message>
    <message>
        <source>Show the counts on a logarithmic axis: weights and gradients have heavy tails,
a few values far from the rest that a linear axis hides.</source>
        <translation>Показывать количество на логарифмической оси: у весов и градиентов тяжёлые хвосты,
несколько значений далеко от остальных, которые на линейной оси не видны.</translation>
    </message>
    <message>
        <source>Weights (grey: at start)</source>
        <translation>Веса (серым — старт)</translation>
    </message>
    <message>
        <source>Inputs (activations)</source>
        <translation>Входы (активации)</translation>
    </message>
    <message>
        <source>Gradients dL/dW</source>
        <translation>Градиенты dL/dW</translation>
    </message>
    <message>
        <source>count</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>Start training to see the distributions live.</source>
        <translation>Начните обучение, чтобы видеть распределения в реальном времени.</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Drawing pad</source>
        <translation>Поле для рисования</translation>
    </message>
    <message>
        <source>Draw a digit with the left mouse button; the network tries to read it.</source>
        <translation>Нарисуйте цифру левой кнопкой мыши; сеть попробует её прочитать.</translation>
    </message>
    <message>
        <source>Draw one digit (0-9) with the left mouse button.
It is shrunk to 20 x 20 pixels and centred in 28 x 28, as MNIST digits were,
with strokes as thick as MNIST&apos;s whatever the pen width.</source>
        <translation>Нарисуйте одну цифру (0-9) левой кнопкой мыши.
Она уменьшается до 20 x 20 пикселей и центрируется в 28 x 28, как цифры MNIST,
а штрихи получают толщину штрихов MNIST при любой толщине пера.</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>Нарисуйте цифру здесь</translation>
    </message>
</context>
<context>
    <name>FeatureMapsView</name>
    <message>
        <source>Each tile is one filter&apos;s feature map for the digit on the pad: the filter slid
over the whole image, dark where the image under it looks like the filter
(its stamp is the tile with the same place on the left), white where it does
not. A pooling layer keeps the strongest response of each block: the same
maps, smaller. Deeper layers combine the maps below them into larger shapes.</source>
        <translation>Каждая плитка — карта признаков одного фильтра для цифры на поле: фильтр скользит
по всему изображению; плитка тёмная там, где изображение под фильтром похоже на него
(сам фильтр — плитка на том же месте слева), и белая там, где не похоже. Слой пулинга
оставляет сильнейший отклик каждого блока: те же карты, только меньше.
Более глубокие слои складывают карты ниже в более крупные формы.</translation>
    </message>
    <message>
        <source>Feature maps of your digit</source>
        <translation>Карты признаков вашей цифры</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>Карты признаков</translation>
    </message>
    <message>
        <source>Layer whose feature maps are shown</source>
        <translation>Слой, чьи карты признаков показаны</translation>
    </message>
    <message>
        <source>Which conv or pooling layer&apos;s feature maps to show.</source>
        <translation>Карты признаков какого свёрточного или пулинг-слоя показывать.</translation>
    </message>
    <message>
        <source>{0}: {1} maps of {2}×{3}</source>
        <translation>{0}: карты {2}×{3}, всего {1}</translation>
    </message>
    <message>
        <source>The first {0} of {1} maps of {2}, on one colour scale.</source>
        <translation>Карты слоя {2}: первые {0} из {1}, на одной цветовой шкале.</translation>
    </message>
    <message>
        <source>All {0} maps of {1}, on one colour scale.</source>
        <translation>Все карты слоя {1} ({0}), на одной цветовой шкале.</translation>
    </message>
    <message>
        <source>{0} found nothing in this digit (all 0).</source>
        <translation>Карт, ничего не нашедших в этой цифре (все 0): {0}.</translation>
    </message>
    <message>
        <source>{0}, filter {1}: from {2:.3g} to {3:.3g}</source>
        <translation>{0}, фильтр {1}: от {2:.3g} до {3:.3g}</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a finding&apos;s kind, then its title</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>Исправить:
{0}</translation>
    </message>
    <message>
        <source>Change the training form: {0}.
Then press Start to see the fix work.</source>
        <translation>Изменить форму обучения: {0}.
Затем нажмите «Старт», чтобы увидеть результат.</translation>
    </message>
    <message>
        <source>Fix applied to the form ✓</source>
        <translation>Исправление внесено в форму ✓</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>Findings</source>
        <translation>Находки</translation>
    </message>
    <message>
        <source>What the measurements say is wrong, in plain words, with a fix.</source>
        <translation>Что не так по результатам измерений — простыми словами и с исправлением.</translation>
    </message>
</context>
<context>
    <name>GradCheckView</name>
    <message>
        <source>Check gradients</source>
        <translation>Проверить градиенты</translation>
    </message>
    <message>
        <source>Backprop&apos;s gradient of each tensor against &lt;i&gt;(L(w+h) − L(w−h)) / 2h&lt;/i&gt; on up to 40 weights, in float64. Relative error below &lt;b&gt;{0}&lt;/b&gt;, or within rounding: {pass}; up to &lt;b&gt;{1}&lt;/b&gt;, or a weight at a kink or not compared: {warn}; above: {fail}, a wrong derivative. {vanishing}: too small to check; {unchecked}: most weights not compared. Last row: one tiny optimiser step must lower the loss.</source>
        <translation>Градиент обратного распространения против &lt;i&gt;(L(w+h) − L(w−h)) / 2h&lt;/i&gt; на ≤ 40 весах тензора, в float64. Отн. ошибка ниже &lt;b&gt;{0}&lt;/b&gt; или в пределах округления: {pass}; до &lt;b&gt;{1}&lt;/b&gt;, вес на изломе или не сравнен: {warn}; выше: {fail}, производная неверна. {vanishing}: градиент слишком мал для проверки; {unchecked}: большинство весов не сравнено. Последняя строка: крошечный шаг оптимизатора должен уменьшить потери.</translation>
    </message>
    <message>
        <source>Compare backprop&apos;s gradients with numerical ones (central differences) for the
network in the form (the current weights when the shape matches), on a few
training images. Turn on a bug-lab switch and check again to see it fail.</source>
        <translation>Сравнить градиенты обратного распространения ошибки с численными (центральные разности)
для сети из формы (с текущими весами, если форма сети совпадает) на нескольких
обучающих изображениях. Включите переключатель лаборатории ошибок и проверьте снова — проверка не пройдёт.</translation>
    </message>
    <message>
        <source>Gradient check running</source>
        <translation>Идёт проверка градиента</translation>
    </message>
    <message>
        <source>Gradient check result</source>
        <translation>Результат проверки градиента</translation>
    </message>
    <message>
        <source>Gradient check per tensor</source>
        <translation>Проверка градиента по тензорам</translation>
    </message>
    <message>
        <source>Details of the current row</source>
        <translation>Подробности текущей строки</translation>
    </message>
    <message>
        <source>One row per parameter tensor (W1 = weights of layer 1, b1 = its biases), and the update direction.</source>
        <translation>По строке на тензор параметров (W1 — веса слоя 1, b1 — его смещения) и направление обновления.</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>Тензор</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Сравнено</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Max relative
error</source>
        <translation>Макс. отн.
ошибка</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Press the button to check the network in the form.</source>
        <translation>Нажмите кнопку, чтобы проверить сеть из формы.</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Проверяется {0}…</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Not checked: only {0} of {1} weights could be compared, too few to vouch for {2}</source>
        <translation>Не проверено: весов удалось сравнить лишь {0} из {1} — слишком мало, чтобы ручаться за {2}</translation>
    </message>
    <message>
        <source>Agrees to rounding wherever it could be compared</source>
        <translation>Совпадает с точностью до округления везде, где удалось сравнить</translation>
    </message>
    <message>
        <source>Close but not exact: most likely a wrong term upstream that changes the gradient only a little</source>
        <translation>Близко, но не точно: скорее всего, выше по цепочке неверно слагаемое, которое лишь немного меняет градиент</translation>
    </message>
    <message>
        <source>Nothing measurable flows back to {0}</source>
        <translation>К {0} не приходит ничего измеримого</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The gradients of {0} are too small to check: units in front saturated or dead, or a network already sure of these images.</source>
        <translation>Градиенты {0} слишком малы для проверки: нейроны перед ними насыщены или мертвы, или сеть уже уверена в этих изображениях.</translation>
    </message>
    <message>
        <source>One tiny optimiser step raised the loss by {0:.1e}; uphill: {1}</source>
        <translation>Один крошечный шаг оптимизатора увеличил потери на {0:.1e}; в гору идёт: {1}</translation>
    </message>
    <message>
        <source>the total</source>
        <translation>в целом</translation>
    </message>
    <message>
        <source>too small to check: every gradient is below {0:.1e}, what the central difference can resolve here</source>
        <translation>градиенты слишком малы для проверки: все они ниже {0:.1e} — того, что центральная разность здесь может различить</translation>
    </message>
    <message>
        <source>differences up to {0:.1e}, within what the central difference can resolve here ({1:.1e})</source>
        <translation>расхождения до {0:.1e}, в пределах того, что центральная разность здесь может различить ({1:.1e})</translation>
    </message>
    <message>
        <source>{0} compared over a smaller step (h/4 or h/16): w ± h straddled a kink (a ReLU at 0, or a tie in max pooling)</source>
        <translation>по меньшему шагу (h/4 или h/16) сравнено: {0} (w ± h попало на излом: ReLU при 0 или равные значения в max pooling)</translation>
    </message>
    <message>
        <source>{0} compared with a one-sided difference: a kink (a ReLU at 0, or a tie in max pooling) within h/16 on the other side of w</source>
        <translation>по односторонней разности сравнено: {0} (излом в пределах h/16 от w по другую сторону: ReLU при 0 или равные значения в max pooling)</translation>
    </message>
    <message>
        <source>{0} at a kink at w, or too close to w to tell: backprop may take any slope between the two sides&apos; (a subgradient)</source>
        <translation>на изломе в w или слишком близко к w, чтобы различить: {0} (обратное распространение может дать любой наклон между наклонами двух сторон — субградиент)</translation>
    </message>
    <message>
        <source>{0} not compared: a kink within h/16 on each side of w</source>
        <translation>не сравнено: {0} (излом в пределах h/16 от w с каждой стороны)</translation>
    </message>
    <message>
        <source>{0} not compared: a kink within h/16 on one side of w, and backprop differs from the other side&apos;s slope</source>
        <translation>не сравнено: {0} (излом в пределах h/16 от w с одной стороны, а обратное распространение расходится с наклоном другой стороны)</translation>
    </message>
    <message>
        <source>One tiny optimiser step lowered the loss in total, but the step of {0} alone raised it (by up to {1:.1e}): the other tensors&apos; steps hide it</source>
        <translation>Один крошечный шаг оптимизатора в сумме уменьшил потери, но шаг только по {0} увеличивает их (до {1:.1e}): шаги остальных тензоров это скрывают</translation>
    </message>
    <message>
        <source>One tiny step changed nothing measurable: no gradient</source>
        <translation>Крошечный шаг ничего заметно не изменил: градиента нет</translation>
    </message>
    <message>
        <source>One tiny optimiser step changed the loss by {0:.1e}, within rounding</source>
        <translation>Один крошечный шаг оптимизатора изменил потери на {0:.1e}, в пределах ошибки округления</translation>
    </message>
    <message>
        <source>One tiny optimiser step lowered the loss by {0:.1e}, as it must</source>
        <translation>Один крошечный шаг оптимизатора уменьшил потери на {0:.1e}, как и должно быть</translation>
    </message>
    <message>
        <source>update direction</source>
        <translation>спуск</translation>
    </message>
    <message>
        <source>one step</source>
        <translation>один шаг</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>{0:.0f} ms</source>
        <translation>{0:.0f}&#xa0;мс</translation>
    </message>
    <message>
        <source>Backprop and the numbers disagree: the derivative feeding {0} is wrong</source>
        <translation>Обратное распространение и численные значения расходятся: неверна производная на пути к {0}</translation>
    </message>
    <message>
        <source>Agrees to rounding (largest gradient {0:.1e})</source>
        <translation>Совпадает с точностью до округления (наибольший градиент {0:.1e})</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>пройдено</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>внимание</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ОШИБКА</translation>
    </message>
    <message>
        <source>vanishing</source>
        <translation>затухание</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>Backprop is wrong for {0}: the derivative feeding these tensors does not match the numbers.</source>
        <translation>Обратное распространение неверно для {0}: производная на пути к этим тензорам не совпадает с численной.</translation>
    </message>
    <message>
        <source>Not checked: most weights of {0} could not be compared, so the check cannot vouch for them.</source>
        <translation>Не проверено: большинство весов {0} сравнить не удалось, поэтому проверка не может за них ручаться.</translation>
    </message>
    <message>
        <source>in total</source>
        <translation>в целом</translation>
    </message>
    <message>
        <source>The step goes uphill ({0}): it follows the wrong gradient.</source>
        <translation>Шаг идёт в гору ({0}): он следует неверному градиенту.</translation>
    </message>
    <message>
        <source>The step goes uphill ({0}) although the gradient is right wherever it could be checked: most likely the update adds the step instead of subtracting it.</source>
        <translation>Шаг идёт в гору ({0}), хотя градиент верен везде, где его удалось проверить: скорее всего, обновление прибавляет шаг, а не вычитает его.</translation>
    </message>
    <message>
        <source>The step goes uphill ({0}) although the gradient is right: the update adds the step instead of subtracting it.</source>
        <translation>Шаг идёт в гору ({0}), хотя градиент верен: обновление прибавляет шаг, а не вычитает его.</translation>
    </message>
    <message>
        <source>Look closer at {0}.</source>
        <translation>Присмотритесь к {0}.</translation>
    </message>
    <message>
        <source>Every tensor passes and the step goes downhill: backprop is right.</source>
        <translation>Все тензоры прошли проверку, и шаг идёт под гору: обратное распространение верно.</translation>
    </message>
    <message>
        <source>{0} images, {1:.2f} s · {2}</source>
        <translation>{0} изобр., {1:.2f}&#xa0;с · {2}</translation>
    </message>
</context>
<context>
    <name>HiddenLayersEdit</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>Добавить скрытый слой</translation>
    </message>
    <message>
        <source>Add a hidden layer after the last one.</source>
        <translation>Добавить скрытый слой после последнего.</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>Удалить последний скрытый слой</translation>
    </message>
    <message>
        <source>Remove the last hidden layer.</source>
        <translation>Удалить последний скрытый слой.</translation>
    </message>
    <message>
        <source>Units in hidden layer {0}</source>
        <translation>Нейронов в скрытом слое {0}</translation>
    </message>
    <message>
        <source>Units (neurons) in hidden layer {0}. More units can learn more detailed
features but train slower; 100-800 is typical for MNIST.</source>
        <translation>Число нейронов в скрытом слое {0}. Больше нейронов — более тонкие признаки,
но обучение медленнее; для MNIST обычно 100-800.</translation>
    </message>
</context>
<context>
    <name>InsideView</name>
    <message>
        <source>Unit j of the first hidden layer adds up every pixel times its own weight
W[pixel, j]. Drawn as a 28 x 28 image, the weights show the ink pattern
that excites the unit (red) or inhibits it (blue); white pixels are ignored.
They start as random noise; as the network learns, strokes and blobs appear.
The speckle that stays, mostly near the edges, is the random start: a pixel that
is blank in every image gets no gradient, so its weights never change.</source>
        <translation>Нейрон j первого скрытого слоя складывает все пиксели, умноженные на свои веса
W[pixel, j]. Нарисованные как изображение 28 x 28, веса показывают узор чернил,
который возбуждает нейрон (красный) или подавляет его (синий); белые пиксели не важны.
Сначала это случайный шум; по мере обучения появляются штрихи и пятна.
Оставшаяся рябь, в основном у краёв, — это случайное начало: пиксель, пустой
на всех изображениях, не получает градиента, и его веса никогда не меняются.</translation>
    </message>
    <message>
        <source>First layer: what each unit looks for</source>
        <translation>Первый слой: что ищет каждый нейрон</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>Веса первого слоя</translation>
    </message>
    <message>
        <source>One colour scale for all units</source>
        <translation>Общая цветовая шкала</translation>
    </message>
    <message>
        <source>Off: each tile has its own scale (its largest weight is full colour), so every
unit&apos;s pattern is visible. On: one scale for all, so you see which units have
large weights and which hardly matter.</source>
        <translation>Выкл.: у каждой плитки своя шкала (её наибольший вес — полный цвет), поэтому
узор каждого нейрона виден. Вкл.: одна шкала для всех — видно, у каких нейронов
веса большие, а какие почти ничего не значат.</translation>
    </message>
    <message>
        <source>ink here inhibits</source>
        <translation>чернила здесь подавляют</translation>
    </message>
    <message>
        <source>ink here excites</source>
        <translation>чернила здесь возбуждают</translation>
    </message>
    <message>
        <source>Your digit</source>
        <translation>Ваша цифра</translation>
    </message>
    <message>
        <source>How the network reads the digit on the drawing panel, with the weights
it has right now (live while it trains).</source>
        <translation>Как сеть читает цифру с поля для рисования с нынешними весами
(в реальном времени, пока идёт обучение).</translation>
    </message>
    <message>
        <source>Explain the score of</source>
        <translation>Объяснить оценку цифры</translation>
    </message>
    <message>
        <source>Digit to explain</source>
        <translation>Цифра для объяснения</translation>
    </message>
    <message>
        <source>Which digit&apos;s score the two maps explain: the digit the network reads, or any
other (&quot;why not an 8?&quot;). The score is the output for that digit before the
softmax (the logit).</source>
        <translation>Оценку какой цифры объясняют две карты: прочитанной сетью или любой
другой («почему не 8?»). Оценка — выход для этой цифры до softmax
(логит).</translation>
    </message>
    <message>
        <source>Ink times gradient</source>
        <translation>Чернила × градиент</translation>
    </message>
    <message>
        <source>Each pixel&apos;s ink times the gradient of the digit&apos;s score with respect to
that pixel (input x gradient): red ink makes the network more sure of the
digit, blue ink argues against it. Pixels without ink contribute nothing.</source>
        <translation>Чернила каждого пикселя, умноженные на градиент оценки цифры по этому
пикселю (вход x градиент): красные чернила делают сеть увереннее в цифре,
синие говорят против неё. Пиксели без чернил ничего не дают.</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>Градиент</translation>
    </message>
    <message>
        <source>The gradient of the digit&apos;s score with respect to every pixel: red where
adding ink would raise the score, blue where it would lower it. The digit
is shaded darker.</source>
        <translation>Градиент оценки цифры по каждому пикселю: красный — там, где добавление
чернил повысит оценку, синий — где понизит. Сама цифра затенена темнее.</translation>
    </message>
    <message>
        <source>ink × gradient</source>
        <translation>чернила × градиент</translation>
    </message>
    <message>
        <source>pushes the score down</source>
        <translation>снижает оценку</translation>
    </message>
    <message>
        <source>pushes it up</source>
        <translation>повышает её</translation>
    </message>
    <message>
        <source>Validation set</source>
        <translation>Валидационная выборка</translation>
    </message>
    <message>
        <source>The images held out from training (the same ones every epoch), read by
the network after each epoch.</source>
        <translation>Изображения, отложенные от обучения (в каждой эпохе одни и те же);
сеть читает их после каждой эпохи.</translation>
    </message>
    <message>
        <source>Click a cell to see its digits.</source>
        <translation>Щёлкните клетку, чтобы увидеть её цифры.</translation>
    </message>
    <message>
        <source>Misread digits</source>
        <translation>Неверно прочитанные цифры</translation>
    </message>
    <message>
        <source>Validation digits with their true label and what the network read
(true → read). Click one to put it on the drawing panel and see why.</source>
        <translation>Цифры валидационной выборки с истинной меткой и ответом сети
(истина → ответ). Щёлкните цифру, чтобы положить её на поле и понять почему.</translation>
    </message>
    <message>
        <source>All mistakes</source>
        <translation>Все ошибки</translation>
    </message>
    <message>
        <source>Show all mistakes</source>
        <translation>Показать все ошибки</translation>
    </message>
    <message>
        <source>Show every misread digit again, not one cell</source>
        <translation>Снова показать все неверно прочитанные цифры, а не одну клетку</translation>
    </message>
    <message>
        <source>Validation set: reading it…</source>
        <translation>Валидационная выборка: чтение…</translation>
    </message>
    <message>
        <source>the digit it reads</source>
        <translation>прочитанная цифра</translation>
    </message>
    <message>
        <source>The first layer of this network is a convolution: each filter is a small stamp
of weights (5 x 5 for conv32x5) slid over the whole image. Drawn as a picture,
a filter shows the pattern it responds to: red where ink excites it, blue where
ink inhibits it. Below: what each filter finds in the digit on the pad.</source>
        <translation>Первый слой этой сети — свёртка: каждый фильтр — небольшой шаблон весов
(5 x 5 для conv32x5), скользящий по всему изображению. Нарисованный как картинка,
фильтр показывает узор, на который откликается: красный — где чернила его возбуждают,
синий — где подавляют. Ниже: что каждый фильтр находит в цифре на поле.</translation>
    </message>
    <message>
        <source>gradient: what more ink would do</source>
        <translation>градиент: что даст больше чернил</translation>
    </message>
    <message>
        <source>Validation, {0}: {1:.1f}% right ({2} of {3})</source>
        <translation>Валидация, {0}: {1:.1f}% верно ({2} из {3})</translation>
    </message>
    <message>
        <source>training goes on: read again after each epoch</source>
        <translation>обучение продолжается: перечитывается после каждой эпохи</translation>
    </message>
    <message>
        <source>after epoch {0}</source>
        <translation>после эпохи {0}</translation>
    </message>
    <message>
        <source>No model yet: train one or open a saved model.</source>
        <translation>Модели пока нет: обучите её или откройте сохранённую.</translation>
    </message>
    <message>
        <source>Reading the validation digits…</source>
        <translation>Чтение валидационных цифр…</translation>
    </message>
    <message>
        <source>First layer: the filters of {0}</source>
        <translation>Первый слой: фильтры {0}</translation>
    </message>
    <message>
        <source>full colour at |w| = {0:.2g}</source>
        <translation>полный цвет при |w| = {0:.2g}</translation>
    </message>
    <message>
        <source>each on its own scale</source>
        <translation>у каждой своя шкала</translation>
    </message>
    <message>
        <source>{0}, {1}.</source>
        <translation>{0}, {1}.</translation>
    </message>
    <message>
        <source>Some weights are not numbers: training diverged.</source>
        <translation>Часть весов — не числа: обучение разошлось.</translation>
    </message>
    <message>
        <source>Filter {0}: weights from {1:.3g} to {2:.3g}</source>
        <translation>Фильтр {0}: веса от {1:.3g} до {2:.3g}</translation>
    </message>
    <message>
        <source>Unit {0}: weights from {1:.3g} to {2:.3g}</source>
        <translation>Нейрон {0}: веса от {1:.3g} до {2:.3g}</translation>
    </message>
    <message>
        <source>Draw a digit on the pad, or click a digit in the gallery.</source>
        <translation>Нарисуйте цифру на поле или щёлкните цифру в галерее.</translation>
    </message>
    <message>
        <source>The network&apos;s outputs are not numbers (NaN): its training diverged.</source>
        <translation>Выходы сети — не числа (NaN): обучение разошлось.</translation>
    </message>
    <message>
        <source>Your digit: one output, not a probability: {0}</source>
        <translation>Ваша цифра: один выход, не вероятность: {0}</translation>
    </message>
    <message>
        <source>Your digit: one output, not a probability: {0}; explaining {1}</source>
        <translation>Ваша цифра: один выход, не вероятность: {0}; объясняется {1}</translation>
    </message>
    <message>
        <source>As drawn: read as {0} ({1}); the pad averages {2} views</source>
        <translation>Как нарисована: прочитана как {0} ({1}); поле усредняет {2} видов</translation>
    </message>
    <message>
        <source>As drawn: read as {0}; explaining {1} ({2}); the pad averages {3} views</source>
        <translation>Как нарисована: прочитана как {0}; объясняется {1} ({2}); поле усредняет {3} видов</translation>
    </message>
    <message>
        <source>Your digit: read as {0} ({1})</source>
        <translation>Ваша цифра: прочитана как {0} ({1})</translation>
    </message>
    <message>
        <source>Your digit: read as {0}; explaining {1} ({2})</source>
        <translation>Ваша цифра: прочитана как {0}; объясняется {1} ({2})</translation>
    </message>
    <message>
        <source>pixel ({0}, {1}): ink {2:.2f} × gradient {3:.3g} = {4:.3g}</source>
        <translation>пиксель ({0}, {1}): чернила {2:.2f} × градиент {3:.3g} = {4:.3g}</translation>
    </message>
    <message>
        <source>In all, red ink adds {1:+.2f} to the score of {0}, blue ink {2:+.2f}.</source>
        <translation>Всего красные чернила дают {1:+.2f} к оценке {0}, синие дают {2:+.2f}.</translation>
    </message>
    <message>
        <source>Hidden layer {0} activations</source>
        <translation>Активации скрытого слоя {0}</translation>
    </message>
    <message>
        <source>One cell per unit of this hidden layer: its output for the digit on the pad.</source>
        <translation>По клетке на нейрон этого скрытого слоя: его выход для цифры на поле.</translation>
    </message>
    <message>
        <source>unit {0}: {1:.3g}</source>
        <translation>нейрон {0}: {1:.3g}</translation>
    </message>
    <message>
        <source>Each cell is one unit&apos;s output for this digit, from 0 (white) to 1 (dark).
Saturated: below 0.05 or above 0.95, where the slope a*(1-a) is almost 0
and almost no gradient flows back through the unit.</source>
        <translation>Каждая клетка — выход одного нейрона для этой цифры, от 0 (белый) до 1 (тёмный).
Насыщен: ниже 0,05 или выше 0,95, где наклон a*(1-a) почти 0
и градиент через нейрон почти не проходит назад.</translation>
    </message>
    <message>
        <source>Each cell is one unit&apos;s output for this digit, from -1 (blue) to 1 (red).
Saturated: |output| above 0.95, where the slope 1-a² is almost 0.</source>
        <translation>Каждая клетка — выход одного нейрона для этой цифры, от -1 (синий) до 1 (красный).
Насыщен: |выход| выше 0,95, где наклон 1-a² почти 0.</translation>
    </message>
    <message>
        <source>Each cell is one unit&apos;s output for this digit (white: 0; darkest: the largest in the layer).
Active: above 0. A ReLU unit that is never active for any digit is dead: it cannot learn.</source>
        <translation>Каждая клетка — выход одного нейрона для этой цифры (белый: 0; самый тёмный: наибольший в слое).
Активен: больше 0. Нейрон ReLU, не активный ни для одной цифры, мёртв: он не может учиться.</translation>
    </message>
    <message>
        <source>Validation set: none (its size is 0 in the form)</source>
        <translation>Валидационная выборка: нет (в форме её размер 0)</translation>
    </message>
    <message>
        <source>No validation images.</source>
        <translation>Нет валидационных изображений.</translation>
    </message>
    <message>
        <source>Validation set: the outputs are not numbers (NaN): training diverged</source>
        <translation>Валидационная выборка: выходы — не числа (NaN): обучение разошлось</translation>
    </message>
    <message>
        <source>Misread digits: {0}</source>
        <translation>Неверно прочитанные цифры: {0}</translation>
    </message>
    <message>
        <source>{0} read right: {1}</source>
        <translation>{0} прочитана верно: {1}</translation>
    </message>
    <message>
        <source>{0} read as {1}: {2}</source>
        <translation>{0} прочитана как {1}: {2}</translation>
    </message>
    <message>
        <source>The most confidently wrong first.</source>
        <translation>Сначала самые уверенные ошибки.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln filter(s)</source>
        <translation>
            <numerusform>Все %Ln фильтр</numerusform>
            <numerusform>Все %Ln фильтра</numerusform>
            <numerusform>Все %Ln фильтров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first {0} of %Ln filter(s)</source>
        <translation>
            <numerusform>Первые {0} из %Ln фильтра</numerusform>
            <numerusform>Первые {0} из %Ln фильтров</numerusform>
            <numerusform>Первые {0} из %Ln фильтров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln unit(s)</source>
        <translation>
            <numerusform>Все %Ln нейрон</numerusform>
            <numerusform>Все %Ln нейрона</numerusform>
            <numerusform>Все %Ln нейронов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first {0} of %Ln unit(s)</source>
        <translation>
            <numerusform>Первые {0} из %Ln нейрона</numerusform>
            <numerusform>Первые {0} из %Ln нейронов</numerusform>
            <numerusform>Первые {0} из %Ln нейронов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden layer {0}: %Ln sigmoid unit(s), {1} saturated</source>
        <translation>
            <numerusform>Скрытый слой {0}, сигмоида: %Ln нейрон, насыщенных: {1}</numerusform>
            <numerusform>Скрытый слой {0}, сигмоида: %Ln нейрона, насыщенных: {1}</numerusform>
            <numerusform>Скрытый слой {0}, сигмоида: %Ln нейронов, насыщенных: {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden layer {0}: %Ln tanh unit(s), {1} saturated</source>
        <translation>
            <numerusform>Скрытый слой {0}, tanh: %Ln нейрон, насыщенных: {1}</numerusform>
            <numerusform>Скрытый слой {0}, tanh: %Ln нейрона, насыщенных: {1}</numerusform>
            <numerusform>Скрытый слой {0}, tanh: %Ln нейронов, насыщенных: {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden layer {0}: %Ln {1} unit(s), {2} active</source>
        <translation>
            <numerusform>Скрытый слой {0}, {1}: %Ln нейрон, активных: {2}</numerusform>
            <numerusform>Скрытый слой {0}, {1}: %Ln нейрона, активных: {2}</numerusform>
            <numerusform>Скрытый слой {0}, {1}: %Ln нейронов, активных: {2}</numerusform>
        </translation>
    </message>
    <message>
        <source>The least sure first.</source>
        <translation>Сначала наименее уверенные.</translation>
    </message>
    <message>
        <source>The most sure first.</source>
        <translation>Сначала самые уверенные.</translation>
    </message>
    <message>
        <source>The first {0} are shown.</source>
        <translation>Показаны первые {0}.</translation>
    </message>
    <message>
        <source>Click one to put it on the pad.</source>
        <translation>Щёлкните цифру, чтобы положить её на поле.</translation>
    </message>
    <message>
        <source>None: every digit of the validation set is read correctly.</source>
        <translation>Нет: все цифры валидационной выборки прочитаны верно.</translation>
    </message>
    <message>
        <source>A {0}, read as {1} ({2:.0f}% sure). Click to put it on the drawing panel.</source>
        <translation>Цифра {0}, прочитана как {1} (уверенность {2:.0f}%). Щёлкните, чтобы положить её на поле.</translation>
    </message>
    <message>
        <source>A {0} from the validation set. Draw on the pad to replace it.</source>
        <translation>Цифра {0} из валидационной выборки. Рисуйте на поле, чтобы заменить её.</translation>
    </message>
</context>
<context>
    <name>LabController</name>
    <message>
        <source>This fix cannot be applied</source>
        <translation>Это исправление нельзя применить</translation>
    </message>
    <message>
        <source>Fix applied to the form ({0}). Press Start to see it work.</source>
        <translation>Исправление внесено в форму ({0}). Нажмите «Старт», чтобы увидеть результат.</translation>
    </message>
    <message>
        <source>Loaded {0} into the form. Press Start, then watch the Diagnostics tab.</source>
        <translation>Загружено в форму: {0}. Нажмите «Старт» и следите за вкладкой «Диагностика».</translation>
    </message>
    <message>
        <source>update direction</source>
        <translation>направление обновления</translation>
    </message>
    <message>
        <source>fails on {0}</source>
        <translation>не проходит на {0}</translation>
    </message>
    <message>
        <source>could not check {0} (most weights could not be compared)</source>
        <translation>не удалось проверить {0} (большинство весов сравнить не удалось)</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>пройдена</translation>
    </message>
    <message>
        <source>no failure, but look at the table</source>
        <translation>ошибок нет, но посмотрите таблицу</translation>
    </message>
    <message>
        <source>Gradient check: {0}.</source>
        <translation>Проверка градиента: {0}.</translation>
    </message>
    <message>
        <source>Timing one step both ways…</source>
        <translation>Замеряем время одного шага обоими способами…</translation>
    </message>
    <message>
        <source>extrapolated from {0} of {1} parameters</source>
        <translation>экстраполировано: измерено параметров {0} из {1}</translation>
    </message>
    <message>
        <source>measured on all {0} of {1} parameters</source>
        <translation>измерено на всех параметрах ({0} из {1})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s): {0:.1f} s against {1}.</source>
        <translation>
            <numerusform>%Ln шаг: {0:.1f}&#xa0;с против {1}</numerusform>
            <numerusform>%Ln шага: {0:.1f}&#xa0;с против {1}</numerusform>
            <numerusform>%Ln шагов: {0:.1f}&#xa0;с против {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;One step on a batch of {0}:&lt;/b&gt; backprop {1:.2f} ms; numerical gradients {2} s ({3}): about &lt;b&gt;{4} times slower&lt;/b&gt;. {5}</source>
        <translation>&lt;b&gt;Один шаг на батче из {0}:&lt;/b&gt; обратное распространение {1:.2f}&#xa0;мс; численные градиенты {2}&#xa0;с ({3}); по времени это примерно &lt;b&gt;{4} : 1&lt;/b&gt;. {5}</translation>
    </message>
</context>
<context>
    <name>LayerMapView</name>
    <message>
        <source>the bundled MNIST</source>
        <translation>встроенного MNIST</translation>
    </message>
    <message numerus="yes">
        <source>Mapping up to %Ln validation digit(s)…</source>
        <translation>
            <numerusform>Строится карта не более чем %Ln валидационной цифры…</numerusform>
            <numerusform>Строится карта не более чем %Ln валидационных цифр…</numerusform>
            <numerusform>Строится карта не более чем %Ln валидационных цифр…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden layer {0} (%Ln unit(s))</source>
        <translation>
            <numerusform>Скрытый слой {0} (%Ln нейрон)</numerusform>
            <numerusform>Скрытый слой {0} (%Ln нейрона)</numerusform>
            <numerusform>Скрытый слой {0} (%Ln нейронов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln validation digit(s) of {0}; the two directions keep {1:.0%} and {2:.0%} of the variance.</source>
        <translation>
            <numerusform>%Ln валидационная цифра из {0}; два направления сохраняют {1:.0%} и {2:.0%} дисперсии.</numerusform>
            <numerusform>%Ln валидационные цифры из {0}; два направления сохраняют {1:.0%} и {2:.0%} дисперсии.</numerusform>
            <numerusform>%Ln валидационных цифр из {0}; два направления сохраняют {1:.0%} и {2:.0%} дисперсии.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plus your %Ln kept digit(s).</source>
        <translation>
            <numerusform>И %Ln ваша сохранённая цифра.</numerusform>
            <numerusform>И %Ln ваши сохранённые цифры.</numerusform>
            <numerusform>И %Ln ваших сохранённых цифр.</numerusform>
        </translation>
    </message>
    <message>
        <source>(only the digits {0}: the ones the model learns)</source>
        <translation>(только цифры {0}: те, которым учится модель)</translation>
    </message>
    <message>
        <source>your kept digits</source>
        <translation>ваши сохранённые цифры</translation>
    </message>
    <message>
        <source>the digit on the pad</source>
        <translation>цифра на поле</translation>
    </message>
    <message>
        <source>La&amp;yer</source>
        <translation>С&amp;лой</translation>
    </message>
    <message>
        <source>&amp;My digits</source>
        <translation>Мои &amp;цифры</translation>
    </message>
    <message>
        <source>Also place the digits you kept (My handwriting tab) on the map, as squares
in their digit&apos;s colour: do yours land among the validation digits?</source>
        <translation>Показать на карте и сохранённые вами цифры (вкладка «Мой почерк») — квадратами
цвета их цифры: попадают ли ваши цифры к валидационным?</translation>
    </message>
    <message>
        <source>first principal component</source>
        <translation>первая главная компонента</translation>
    </message>
    <message>
        <source>second</source>
        <translation>вторая компонента</translation>
    </message>
    <message>
        <source>Train or open a model with a hidden layer to map its validation digits.</source>
        <translation>Обучите или откройте модель со скрытым слоем, чтобы отобразить её цифры валидационной выборки.</translation>
    </message>
</context>
<context>
    <name>LiveRates</name>
    <message>
        <source>While it trains</source>
        <translation>Во время обучения</translation>
    </message>
    <message>
        <source>Change the learning rate and momentum of the run in progress: they apply from
the next batch, a dashed line marks the change on the learning curves, and the
model&apos;s history records it. Pause and resume keep them.</source>
        <translation>Измените скорость обучения и импульс идущего обучения: они действуют со
следующего батча, пунктирная линия отмечает изменение на кривых обучения, а
история модели его записывает. Пауза и продолжение их сохраняют.</translation>
    </message>
    <message>
        <source>&amp;lr</source>
        <translation>с&amp;корость</translation>
    </message>
    <message>
        <source>Learning rate while training</source>
        <translation>Скорость обучения во время обучения</translation>
    </message>
    <message>
        <source>m&amp;omentum</source>
        <translation>&amp;импульс</translation>
    </message>
    <message>
        <source>Momentum while training</source>
        <translation>Импульс во время обучения</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>При&amp;менить</translation>
    </message>
    <message>
        <source>Use these from the next batch (Enter in a field)</source>
        <translation>Использовать со следующего батча (Enter в поле)</translation>
    </message>
    <message>
        <source>Apply the learning rate and momentum</source>
        <translation>Применить скорость обучения и импульс</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready. Choose settings and press Start (Space), or open a model (Ctrl+O).</source>
        <translation>Готово. Выберите настройки и нажмите «Старт» (пробел) или откройте модель (Ctrl+O).</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>Используемая модель</translation>
    </message>
    <message>
        <source>The model the drawing panel reads with, and the one File &gt; Save writes.</source>
        <translation>Модель, которой поле для рисования читает цифры, и та, которую записывает «Файл &gt; Сохранить».</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>Нарисуйте цифру</translation>
    </message>
    <message>
        <source>Views of the training</source>
        <translation>Виды обучения</translation>
    </message>
    <message>
        <source>Learning curves</source>
        <translation>Кривые обучения</translation>
    </message>
    <message>
        <source>Loss of every batch, validation loss and accuracy per epoch</source>
        <translation>Потери каждого батча, потери и точность на валидации по эпохам</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>Внутри сети</translation>
    </message>
    <message>
        <source>What the hidden units look for, how the network reads your digit, and which validation digits it gets wrong</source>
        <translation>Что ищут скрытые нейроны, как сеть читает вашу цифру и какие цифры валидации она путает</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Распределения</translation>
    </message>
    <message>
        <source>Per layer, live: weights against the initial ones, the activations entering it and its gradients</source>
        <translation>По слоям, в реальном времени: веса в сравнении с начальными, входящие активации и градиенты</translation>
    </message>
    <message>
        <source>Layer map</source>
        <translation>Карта слоя</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Сравнение запусков</translation>
    </message>
    <message>
        <source>Every training run, kept; tick runs to overlay their curves</source>
        <translation>Все запуски обучения сохранены; отметьте запуски, чтобы наложить их кривые</translation>
    </message>
    <message>
        <source>One digit&apos;s maths</source>
        <translation>Математика одной цифры</translation>
    </message>
    <message>
        <source>For the digit on the pad: z = Wx + b, activations, deltas and dL/dW layer by layer, copyable as NumPy arrays</source>
        <translation>Для цифры на поле: z = Wx + b, активации, дельты и dL/dW слой за слоем, можно скопировать как массивы NumPy</translation>
    </message>
    <message>
        <source>My handwriting</source>
        <translation>Мой почерк</translation>
    </message>
    <message>
        <source>Your own kept digits, how the model reads them, and fine-tuning on them</source>
        <translation>Ваши сохранённые цифры, как модель их читает, и дообучение на них</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Per layer: gradient size, update-to-weight ratio, saturated and dead units; findings in plain words with a one-click fix</source>
        <translation>По слоям: величина градиента, отношение обновления к весу, насыщенные и мёртвые нейроны; находки простыми словами с исправлением в один щелчок</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>Проверка градиента</translation>
    </message>
    <message>
        <source>Backprop against numerical gradients, per weight tensor</source>
        <translation>Обратное распространение против численных градиентов, по тензорам весов</translation>
    </message>
    <message>
        <source>Learners&apos; questions</source>
        <translation>Вопросы учащихся</translation>
    </message>
    <message>
        <source>Four networks that failed silently, replayed, each with its fixed twin</source>
        <translation>Четыре сети, которые тихо не работали, воспроизведены, у каждой — исправленный двойник</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>The training data: images per digit and samples of the chosen digits</source>
        <translation>Обучающие данные: изображений на цифру и примеры выбранных цифр</translation>
    </message>
    <message>
        <source>Scroll the tabs left</source>
        <translation>Прокрутить вкладки влево</translation>
    </message>
    <message>
        <source>Scroll the tabs right</source>
        <translation>Прокрутить вкладки вправо</translation>
    </message>
    <message>
        <source>&amp;Read Me</source>
        <translation>О&amp;писание</translation>
    </message>
    <message>
        <source>How DigitDesk works, its options and its figures</source>
        <translation>Как устроен DigitDesk, его настройки и измерения</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every keyboard shortcut</source>
        <translation>Все сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Teach It Your Handwriting…</source>
        <translation>&amp;Выучить мой почерк…</translation>
    </message>
    <message>
        <source>Draw each digit twice; the model then learns your style</source>
        <translation>Нарисуйте каждую цифру дважды; затем модель выучит ваш почерк</translation>
    </message>
    <message>
        <source>Logarithmic Loss &amp;Axis</source>
        <translation>Логарифмическая &amp;ось потерь</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>&amp;Следующая вкладка</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>&amp;Предыдущая вкладка</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние модели</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;System Language ({0})</source>
        <translation>&amp;Язык системы ({0})</translation>
    </message>
    <message>
        <source>Train or open a model first (and let training finish), then teach it your handwriting.</source>
        <translation>Сначала обучите или откройте модель (и дайте обучению закончиться), затем научите её вашему почерку.</translation>
    </message>
    <message>
        <source>validation {0:.2f}% before the fine-tune</source>
        <translation>валидация {0:.2f}% до дообучения</translation>
    </message>
    <message>
        <source>validation {0:.2f}% (epoch {1})</source>
        <translation>валидация {0:.2f}% (эпоха {1})</translation>
    </message>
    <message numerus="yes">
        <source>fine-tuned on %Ln of your digits</source>
        <translation>
            <numerusform>дообучена на %Ln вашей цифре</numerusform>
            <numerusform>дообучена на %Ln ваших цифрах</numerusform>
            <numerusform>дообучена на %Ln ваших цифрах</numerusform>
        </translation>
    </message>
    <message>
        <source>fine-tuned on your digits</source>
        <translation>дообучена на ваших цифрах</translation>
    </message>
    <message>
        <source>&lt;i&gt;a new network ({0}) waits to train&lt;/i&gt;</source>
        <translation>&lt;i&gt;новая сеть ({0}) ждёт начала обучения&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;paused: {0} in this run&lt;/i&gt;</source>
        <translation>&lt;i&gt;пауза (в этом запуске — {0})&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;training now: {0} in this run&lt;/i&gt;</source>
        <translation>&lt;i&gt;идёт обучение (в этом запуске — {0})&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Wait until fine-tuning has finished: it delivers the model in use in a few seconds.</source>
        <translation>Дождитесь конца дообучения: через несколько секунд оно выдаст используемую модель.</translation>
    </message>
    <message>
        <source>Learning rate {0:g} and momentum {1:g} from the next batch.</source>
        <translation>Со следующего батча скорость обучения {0:g} и импульс {1:g}.</translation>
    </message>
    <message>
        <source>These settings cannot be used</source>
        <translation>Эти настройки нельзя использовать</translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation>&amp;Открыть модель…</translation>
    </message>
    <message>
        <source>Some remembered settings could not be read and are back to their defaults: {0}.</source>
        <translation>Часть сохранённых настроек не удалось прочитать, они возвращены к значениям по умолчанию: {0}.</translation>
    </message>
    <message>
        <source>Welcome back: the pad reads with the model adapted to your handwriting, as when you closed DigitDesk (Use the original switches back).</source>
        <translation>С возвращением: поле для рисования читает моделью, адаптированной к вашему почерку, как при закрытии DigitDesk (кнопка «Исходная модель» возвращает исходную).</translation>
    </message>
    <message>
        <source>PCA of a hidden layer&apos;s activations over validation digits of the data in use, with your digit (and your kept digits) placed on it</source>
        <translation>PCA активаций скрытого слоя на валидационных цифрах используемых данных, с вашей цифрой (и сохранёнными цифрами) на карте</translation>
    </message>
    <message>
        <source>Open a saved model (.npz)</source>
        <translation>Открыть сохранённую модель (.npz)</translation>
    </message>
    <message>
        <source>&amp;Save Model</source>
        <translation>&amp;Сохранить модель</translation>
    </message>
    <message>
        <source>Save the model in use</source>
        <translation>Сохранить используемую модель</translation>
    </message>
    <message>
        <source>Save Model &amp;As…</source>
        <translation>Сохранить модель &amp;как…</translation>
    </message>
    <message>
        <source>Save the model in use to a new file</source>
        <translation>Сохранить используемую модель в новый файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Close DigitDesk</source>
        <translation>Закрыть DigitDesk</translation>
    </message>
    <message>
        <source>&amp;Start Training</source>
        <translation>&amp;Начать обучение</translation>
    </message>
    <message>
        <source>Train with the settings in the form</source>
        <translation>Обучать с настройками из формы</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Пауза</translation>
    </message>
    <message>
        <source>Pause or resume training</source>
        <translation>Приостановить или продолжить обучение</translation>
    </message>
    <message>
        <source>S&amp;top Training</source>
        <translation>&amp;Остановить обучение</translation>
    </message>
    <message>
        <source>Stop training and keep the weights learnt so far</source>
        <translation>Остановить обучение и сохранить выученные веса</translation>
    </message>
    <message>
        <source>Train One &amp;Batch</source>
        <translation>Обучить один &amp;батч</translation>
    </message>
    <message>
        <source>Train exactly one batch, then pause</source>
        <translation>Обучить ровно один батч и встать на паузу</translation>
    </message>
    <message>
        <source>&amp;Reset Weights</source>
        <translation>&amp;Сбросить веса</translation>
    </message>
    <message>
        <source>Start again from fresh random weights</source>
        <translation>Начать заново со свежих случайных весов</translation>
    </message>
    <message>
        <source>&amp;About DigitDesk</source>
        <translation>&amp;О программе DigitDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Обучение</translation>
    </message>
    <message>
        <source>&amp;Drawing</source>
        <translation>&amp;Рисунок</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>П&amp;родолжить</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>без имени</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>нет модели</translation>
    </message>
    <message>
        <source>No model yet. Press &lt;b&gt;Start&lt;/b&gt; to train one, or open a saved model (&lt;b&gt;Ctrl+O&lt;/b&gt;, or drop a .npz file on the window).</source>
        <translation>Модели пока нет. Нажмите &lt;b&gt;Старт&lt;/b&gt;, чтобы обучить её, или откройте сохранённую (&lt;b&gt;Ctrl+O&lt;/b&gt; или перетащите файл .npz в окно).</translation>
    </message>
    <message>
        <source>test accuracy &lt;b&gt;{0:.2f}%&lt;/b&gt;</source>
        <translation>точность на тесте &lt;b&gt;{0:.2f}%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>validation {0:.2f}%</source>
        <translation>валидация {0:.2f}%</translation>
    </message>
    <message>
        <source>saved {0}</source>
        <translation>сохранена {0}</translation>
    </message>
    <message>
        <source>&lt;i&gt;not saved&lt;/i&gt;</source>
        <translation>&lt;i&gt;не сохранена&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Stop training before opening a model.</source>
        <translation>Перед открытием модели остановите обучение.</translation>
    </message>
    <message>
        <source>Wait until fine-tuning has finished before opening a model.</source>
        <translation>Дождитесь конца дообучения, прежде чем открывать модель.</translation>
    </message>
    <message>
        <source>Stop training before saving.</source>
        <translation>Перед сохранением остановите обучение.</translation>
    </message>
    <message>
        <source>There is no model to save yet: train one first.</source>
        <translation>Сохранять пока нечего: сначала обучите модель.</translation>
    </message>
    <message numerus="yes">
        <source>Dropped %Ln file(s): digitdesk opens one file at a time, a model (.npz) or a CSV of digits</source>
        <translation>
            <numerusform>Перетащен %Ln файл: digitdesk открывает по одному файлу — модель (.npz) или CSV с цифрами</numerusform>
            <numerusform>Перетащено %Ln файла: digitdesk открывает по одному файлу — модель (.npz) или CSV с цифрами</numerusform>
            <numerusform>Перетащено %Ln файлов: digitdesk открывает по одному файлу — модель (.npz) или CSV с цифрами</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open {0}: digitdesk opens models (.npz) and tables of digits (.csv)</source>
        <translation>Не удаётся открыть {0}: digitdesk открывает модели (.npz) и таблицы цифр (.csv)</translation>
    </message>
    <message>
        <source>A model: a .npz file saved by digitdesk. Digits: Kaggle&apos;s train.csv (a label, then 784 pixels, a row per digit). For MNIST&apos;s own files, a pair of IDX files or their folder, use File &gt; Import Training Data.</source>
        <translation>Модель — файл .npz, сохранённый digitdesk. Цифры — train.csv с Kaggle (метка, затем 784 пикселя, по строке на цифру). Для собственных файлов MNIST, пары файлов IDX или их папки, используйте «Файл &gt; Импорт обучающих данных».</translation>
    </message>
    <message>
        <source>Cannot import {0} now: stop training (or wait for the data being read) first.</source>
        <translation>Сейчас нельзя импортировать {0}: сначала остановите обучение (или дождитесь, пока дочитаются данные).</translation>
    </message>
    <message>
        <source>close DigitDesk</source>
        <translation>закрыть DigitDesk</translation>
    </message>
    <message>
        <source>About DigitDesk</source>
        <translation>О программе DigitDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DigitDesk {0}&lt;/h3&gt;&lt;p&gt;Train a neural network written from scratch in NumPy on handwritten digits, watch it learn, and draw digits for it to read.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DigitDesk {0}&lt;/h3&gt;&lt;p&gt;Обучите на рукописных цифрах нейронную сеть, написанную с нуля на NumPy, посмотрите, как она учится, и нарисуйте цифры, чтобы она их прочитала.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MathsView</name>
    <message>
        <source>Draw a digit on the pad (and train or open a model) to see its numbers here.</source>
        <translation>Нарисуйте цифру на поле (и обучите или откройте модель), чтобы увидеть здесь её числа.</translation>
    </message>
    <message>
        <source>Train or open a model to see the numbers of the digit you drew.</source>
        <translation>Обучите или откройте модель, чтобы увидеть числа нарисованной цифры.</translation>
    </message>
    <message>
        <source>Draw a digit on the pad to see its numbers here.</source>
        <translation>Нарисуйте цифру на поле, чтобы увидеть здесь её числа.</translation>
    </message>
    <message>
        <source>This model has no output for {0}: choose one of the digits it knows ({1}).</source>
        <translation>У этой модели нет выхода для {0}: выберите одну из известных ей цифр ({1}).</translation>
    </message>
    <message>
        <source>One output, a number, not a probability: {0}. Loss for target {1}: {2:.6g}. Forward: z = a_prev @ W + b, a = f(z). Backward: delta = dL/dz, dL/dW = outer(a_prev, delta).</source>
        <translation>Один выход — число, а не вероятность: {0}. Потери для цели {1}: {2:.6g}. Прямой проход: z = a_prev @ W + b, a = f(z). Обратное распространение: delta = dL/dz, dL/dW = outer(a_prev, delta).</translation>
    </message>
    <message>
        <source> Convolutional network: only its Dense layers, after the image layers, are listed.</source>
        <translation> Свёрточная сеть: перечислены только её полносвязные (Dense) слои после слоёв изображения.</translation>
    </message>
    <message>
        <source> Bug lab on ({0}): delta, dW and db are what the broken backward pass computes, not dL/dz.</source>
        <translation> Включена лаборатория ошибок ({0}): delta, dW и db — то, что вычисляет сломанный обратный проход, а не dL/dz.</translation>
    </message>
    <message>
        <source>The diagram is drawn for small networks (at most {0} units a layer, e.g. 784-3-3-2).</source>
        <translation>Схема рисуется для небольших сетей (нейронов в слое — не более {0}, например 784-3-3-2).</translation>
    </message>
    <message>
        <source>Tar&amp;get digit</source>
        <translation>&amp;Целевая цифра</translation>
    </message>
    <message>
        <source>La&amp;yer</source>
        <translation>С&amp;лой</translation>
    </message>
    <message>
        <source>The label the loss and the backward pass use for this one example</source>
        <translation>Метка, которую функция потерь и обратный проход используют для этого примера</translation>
    </message>
    <message>
        <source>It reads {0} ({1}). Loss for target {2}: {3:.6g}. Forward: z = a_prev @ W + b, a = f(z). Backward: delta = dL/dz, dL/dW = outer(a_prev, delta).</source>
        <translation>Сеть читает {0} ({1}). Потери для цели {2}: {3:.6g}. Прямой проход: z = a_prev @ W + b, a = f(z). Обратное распространение: delta = dL/dz, dL/dW = outer(a_prev, delta).</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <source> These numbers read the digit as drawn, one view; the pad averages {0} views and reads {1} ({2}).</source>
        <translation> Эти числа — одно чтение цифры, как она нарисована; поле усредняет {0} видов и читает {1} ({2}).</translation>
    </message>
    <message>
        <source>Circles lit by activation; lines: the {0} strongest inputs of each unit (|a_prev * W|), red positive, blue negative.</source>
        <translation>Кружки подсвечены по активации; линии — самые сильные входы каждого нейрона (|a_prev * W|, по {0} на нейрон), красные положительные, синие отрицательные.</translation>
    </message>
    <message>
        <source>&amp;Copy as NumPy</source>
        <translation>Копировать как &amp;NumPy</translation>
    </message>
    <message>
        <source>Copy every layer&apos;s a_prev, W, b, z, a, delta, dW and db, at full precision, as
NumPy arrays to paste beside your own code</source>
        <translation>Скопировать a_prev, W, b, z, a, delta, dW и db каждого слоя с полной точностью как
массивы NumPy, чтобы вставить рядом с вашим кодом</translation>
    </message>
</context>
<context>
    <name>MnistPreview</name>
    <message>
        <source>Network input preview</source>
        <translation>Предпросмотр входа сети</translation>
    </message>
    <message>
        <source>The 28 x 28 image the network is given: your drawing shrunk so its longer side
is 20 pixels (inside the dotted square) and moved so its centre of mass is at
the middle, exactly as the MNIST digits were prepared.</source>
        <translation>Изображение 28 x 28, которое получает сеть: ваш рисунок уменьшен так, что его длинная
сторона — 20 пикселей (внутри пунктирного квадрата), и сдвинут так, что центр масс
в середине, — ровно так, как готовились цифры MNIST.</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>&amp;{0} {1}  ({2})</source>
        <translation>&amp;{0} {1}  ({2})</translation>
    </message>
    <message>
        <source>No model opened or saved yet</source>
        <translation>Моделей ещё не открывали и не сохраняли</translation>
    </message>
    <message>
        <source>Opened {0}: {1}</source>
        <translation>Открыта {0}: {1}</translation>
    </message>
    <message>
        <source>There is no model to save yet: train one first.</source>
        <translation>Сохранять пока нечего: сначала обучите модель.</translation>
    </message>
    <message>
        <source>Stop training before saving.</source>
        <translation>Перед сохранением остановите обучение.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Открыть модель</translation>
    </message>
    <message>
        <source>digitdesk models (*.npz)</source>
        <translation>Модели digitdesk (*.npz)</translation>
    </message>
    <message>
        <source>Could not open {0}</source>
        <translation>Не удалось открыть {0}</translation>
    </message>
    <message>
        <source>File &gt; Open Model reads the models digitdesk saves (File &gt; Save Model). To train on data of your own (Kaggle&apos;s train.csv, MNIST files), use File &gt; Import Training Data.</source>
        <translation>«Файл &gt; Открыть модель» читает модели, которые сохраняет digitdesk («Файл &gt; Сохранить модель»). Чтобы обучать на своих данных (train.csv с Kaggle, файлы MNIST), используйте «Файл &gt; Импорт обучающих данных».</translation>
    </message>
    <message>
        <source>Cannot open the model</source>
        <translation>Не удаётся открыть модель</translation>
    </message>
    <message>
        <source>open {0}</source>
        <translation>открыть {0}</translation>
    </message>
    <message>
        <source>Save Model</source>
        <translation>Сохранить модель</translation>
    </message>
    <message>
        <source>Not saved: {0} was kept</source>
        <translation>Не сохранено: файл {0} оставлен как был</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>A model file&apos;s name ends in .npz: the model would be saved as {0}, and {0} already exists in {1}. Replace it?</source>
        <translation>Имя файла модели оканчивается на .npz: модель будет сохранена как {0}, а файл {0} уже есть в {1}. Заменить его?</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <source>Cannot save the model</source>
        <translation>Не удаётся сохранить модель</translation>
    </message>
    <message>
        <source>{0} was not saved: {1}.</source>
        <translation>{0} не сохранён: {1}.</translation>
    </message>
    <message>
        <source>Save the trained model?</source>
        <translation>Сохранить обученную модель?</translation>
    </message>
    <message>
        <source>The model you trained has not been saved. Save it before you {0}?</source>
        <translation>Обученная вами модель не сохранена. Сохранить её, прежде чем {0}?</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <source>{0} inputs</source>
        <translation>входов: {0}</translation>
    </message>
</context>
<context>
    <name>PersonalView</name>
    <message>
        <source>Your digits {0}</source>
        <translation>Ваши цифры {0}</translation>
    </message>
    <message>
        <source>The {0}s you kept. Click to select (Ctrl or Shift for several), then Delete to forget them.</source>
        <translation>Сохранённые вами цифры {0}. Щёлкните, чтобы выбрать (Ctrl или Shift — несколько), затем Delete, чтобы удалить их.</translation>
    </message>
    <message>
        <source>Your {0}: the model in use has no output for {0}, so it cannot read it</source>
        <translation>Ваша {0}: у используемой модели нет выхода для {0}, поэтому она не может её прочитать</translation>
    </message>
    <message>
        <source>Your {0}</source>
        <translation>Ваша {0}</translation>
    </message>
    <message>
        <source>Your {0}: the model in use reads it as {1}</source>
        <translation>Ваша {0}: используемая модель читает её как {1}</translation>
    </message>
    <message>
        <source>Your {0}: the model in use reads it correctly</source>
        <translation>Ваша {0}: используемая модель читает её верно</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{0} kept</source>
        <translation>всего: {0}</translation>
    </message>
    <message>
        <source>{0} misread</source>
        <translation>неверно: {0}</translation>
    </message>
    <message>
        <source>How the model in use reads your digits</source>
        <translation>Как используемая модель читает ваши цифры</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Digits</source>
        <translation>&amp;Удалить выбранные цифры</translation>
    </message>
    <message>
        <source>Forget the selected digits (Delete)</source>
        <translation>Забыть выбранные цифры (Delete)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete selected digits</source>
        <translation>Удалить выбранные цифры</translation>
    </message>
    <message>
        <source>U&amp;ndo Delete</source>
        <translation>Вернуть у&amp;далённые</translation>
    </message>
    <message>
        <source>Bring back the digits deleted last, in their places ({0})</source>
        <translation>Вернуть последние удалённые цифры на их места ({0})</translation>
    </message>
    <message>
        <source>The model in use could not read them: {0}</source>
        <translation>Используемая модель не смогла их прочитать: {0}</translation>
    </message>
    <message>
        <source>Your digits: &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Ваши цифры: &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Your digits: &lt;b&gt;{0}&lt;/b&gt;. Reading them with the model in use…</source>
        <translation>Ваши цифры: &lt;b&gt;{0}&lt;/b&gt;. Используемая модель читает их…</translation>
    </message>
    <message>
        <source>Wait until fine-tuning has finished: it learns your digits as they were when it started.</source>
        <translation>Дождитесь конца дообучения: оно учится на ваших цифрах такими, какими они были при его запуске.</translation>
    </message>
    <message>
        <source>Fine-tune on my handwriting</source>
        <translation>Дообучить на моём почерке</translation>
    </message>
    <message>
        <source>Fine-tuning in progress</source>
        <translation>Идёт дообучение</translation>
    </message>
    <message>
        <source>Fine-tuning result</source>
        <translation>Результат дообучения</translation>
    </message>
    <message>
        <source>Cannot keep the digit: {0}. Move that file away to start a new set.</source>
        <translation>Не удаётся сохранить цифру: {0}. Уберите этот файл, чтобы начать новый набор.</translation>
    </message>
    <message>
        <source>Cannot keep the digit: {0}</source>
        <translation>Не удаётся сохранить цифру: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Kept as your {0}: %Ln of your digits (is|are) in My handwriting.</source>
        <translation>
            <numerusform>Сохранено как ваша {0}: в «Моём почерке» %Ln ваша цифра.</numerusform>
            <numerusform>Сохранено как ваша {0}: в «Моём почерке» %Ln ваши цифры.</numerusform>
            <numerusform>Сохранено как ваша {0}: в «Моём почерке» %Ln ваших цифр.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already kept as your {0}.</source>
        <translation>Уже сохранено как ваша {0}.</translation>
    </message>
    <message>
        <source>Now kept as your {0}, not {1}.</source>
        <translation>Теперь сохранено как ваша {0}, а не {1}.</translation>
    </message>
    <message>
        <source>Cannot delete: {0}</source>
        <translation>Не удаётся удалить: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln of your digits; {0} left. Undo ({1}) brings (it|them) back.</source>
        <translation>
            <numerusform>Удалена %Ln ваша цифра; осталось: {0}. Отмена ({1}) вернёт её.</numerusform>
            <numerusform>Удалены %Ln ваши цифры; осталось: {0}. Отмена ({1}) вернёт их.</numerusform>
            <numerusform>Удалено %Ln ваших цифр; осталось: {0}. Отмена ({1}) вернёт их.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back %Ln of your digits; {0} in all.</source>
        <translation>
            <numerusform>Возвращена %Ln ваша цифра; всего: {0}.</numerusform>
            <numerusform>Возвращены %Ln ваши цифры; всего: {0}.</numerusform>
            <numerusform>Возвращено %Ln ваших цифр; всего: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your digits: &lt;b&gt;{0}&lt;/b&gt;. The model in use tells apart only {1}: none of your digits is one of them, so it can learn none of them.</source>
        <translation>Ваши цифры: &lt;b&gt;{0}&lt;/b&gt;. Используемая модель различает только {1}: среди ваших цифр таких нет, так что выучить она не может ни одной.</translation>
    </message>
    <message numerus="yes">
        <source>Your digits: &lt;b&gt;{0}&lt;/b&gt;. The model in use tells apart only {1}: it reads &lt;b&gt;{2} of your %Ln digit(s) among them ({3:.1f}%)&lt;/b&gt; correctly, and cannot learn the other {4}.</source>
        <translation>
            <numerusform>Ваши цифры: &lt;b&gt;{0}&lt;/b&gt;. Используемая модель различает только {1}: из %Ln вашей цифры, которую она знает, она верно читает &lt;b&gt;{2} ({3:.1f}%)&lt;/b&gt;, а остальные {4} выучить не может.</numerusform>
            <numerusform>Ваши цифры: &lt;b&gt;{0}&lt;/b&gt;. Используемая модель различает только {1}: из %Ln ваших цифр, которые она знает, она верно читает &lt;b&gt;{2} ({3:.1f}%)&lt;/b&gt;, а остальные {4} выучить не может.</numerusform>
            <numerusform>Ваши цифры: &lt;b&gt;{0}&lt;/b&gt;. Используемая модель различает только {1}: из %Ln ваших цифр, которые она знает, она верно читает &lt;b&gt;{2} ({3:.1f}%)&lt;/b&gt;, а остальные {4} выучить не может.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Train the model in use a little further (%Ln pass(es) over {0} MNIST images with your digits mixed in, a few seconds), then use the result. Your digits&apos; accuracy and MNIST test accuracy are reported before and after.</source>
        <translation>
            <numerusform>Немного дообучить используемую модель (%Ln проход по изображениям MNIST ({0}) с примешанными вашими цифрами, несколько секунд) и затем использовать результат. Точность на ваших цифрах и на тесте MNIST сообщается до и после.</numerusform>
            <numerusform>Немного дообучить используемую модель (%Ln прохода по изображениям MNIST ({0}) с примешанными вашими цифрами, несколько секунд) и затем использовать результат. Точность на ваших цифрах и на тесте MNIST сообщается до и после.</numerusform>
            <numerusform>Немного дообучить используемую модель (%Ln проходов по изображениям MNIST ({0}) с примешанными вашими цифрами, несколько секунд) и затем использовать результат. Точность на ваших цифрах и на тесте MNIST сообщается до и после.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your kept digits cannot be read: {0}</source>
        <translation>Не удаётся прочитать сохранённые цифры: {0}</translation>
    </message>
    <message>
        <source>Digits you kept with &lt;b&gt;Keep as&lt;/b&gt; (in &lt;b&gt;Draw a digit&lt;/b&gt;), one column per digit. A red frame marks a digit the model in use misreads. Fine-tuning trains the model a little further on MNIST with your digits mixed in, so it learns your style without forgetting everyone else&apos;s.</source>
        <translation>Цифры, запомненные кнопкой &lt;b&gt;Запомнить как&lt;/b&gt; (в блоке &lt;b&gt;Нарисуйте цифру&lt;/b&gt;), по столбцу на цифру. Красная рамка отмечает цифру, которую используемая модель читает неверно. Дообучение немного продолжает обучение модели на MNIST с примешанными вашими цифрами, чтобы она усвоила ваш почерк, не забыв почерк остальных.</translation>
    </message>
    <message>
        <source>Cannot bring the digits back: {0}</source>
        <translation>Не удалось вернуть цифры: {0}</translation>
    </message>
    <message>
        <source>No digits kept yet. Draw a digit, choose its label next to &lt;b&gt;Keep as&lt;/b&gt;, and press the button; or let &lt;b&gt;Teach it your handwriting&lt;/b&gt; ({0}) ask you for each digit in turn.</source>
        <translation>Запомненных цифр пока нет. Нарисуйте цифру, выберите её метку рядом с &lt;b&gt;Запомнить как&lt;/b&gt; и нажмите эту кнопку. Или нажмите &lt;b&gt;Выучить мой почерк&lt;/b&gt; ({0}): программа попросит нарисовать каждую цифру по очереди.</translation>
    </message>
    <message>
        <source>No digits kept yet. Draw a digit, choose its label next to &lt;b&gt;Keep as&lt;/b&gt;, and press the button.</source>
        <translation>Запомненных цифр пока нет. Нарисуйте цифру, выберите её метку рядом с &lt;b&gt;Запомнить как&lt;/b&gt; и нажмите эту кнопку.</translation>
    </message>
    <message>
        <source>Your digits: &lt;b&gt;{0}&lt;/b&gt;. Train or open a model to see how it reads them.</source>
        <translation>Ваши цифры: &lt;b&gt;{0}&lt;/b&gt;. Обучите или откройте модель, чтобы увидеть, как она их читает.</translation>
    </message>
    <message>
        <source>Your digits: &lt;b&gt;{0}&lt;/b&gt;. The model in use gives no numbers (NaN) for them: its training diverged.</source>
        <translation>Ваши цифры: &lt;b&gt;{0}&lt;/b&gt;. Используемая модель выдаёт для них не числа (NaN): её обучение разошлось.</translation>
    </message>
    <message>
        <source>Your digits: &lt;b&gt;{0}&lt;/b&gt;. The model in use reads &lt;b&gt;{1} of them ({2:.1f}%)&lt;/b&gt; correctly.</source>
        <translation>Ваши цифры: &lt;b&gt;{0}&lt;/b&gt;. Используемая модель верно читает &lt;b&gt;{1} из них ({2:.1f}%)&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Fine-tuning…</source>
        <translation>Дообучение…</translation>
    </message>
    <message>
        <source>Fine-tuning is running: a few seconds.</source>
        <translation>Идёт дообучение: несколько секунд.</translation>
    </message>
    <message>
        <source>Keep a few digits from the pad first.</source>
        <translation>Сначала сохраните несколько цифр с поля.</translation>
    </message>
    <message>
        <source>Train or open a model first: fine-tuning improves a trained model.</source>
        <translation>Сначала обучите или откройте модель: дообучение улучшает обученную модель.</translation>
    </message>
    <message>
        <source>Wait until training has finished.</source>
        <translation>Дождитесь конца обучения.</translation>
    </message>
</context>
<context>
    <name>PresetHint</name>
    <message>
        <source>Convolutional networks read drawn digits better: {0}% against {1}% for the best MLP.</source>
        <translation>Свёрточные сети лучше читают нарисованные цифры: {0}% против {1}% у лучшего MLP.</translation>
    </message>
    <message>
        <source>Measured on 3,000 digits in strangers&apos; handwriting (simulated), read as the
pad reads them: the {0} preset against the {1} preset, the best MLP.
A convolutional network&apos;s filters slide over the whole image, so a stroke is
recognised wherever it is.</source>
        <translation>Измерено на 3&#xa0;000 цифрах, написанных почерком незнакомцев (смоделированным) и
прочитанных так, как их читает поле для рисования: готовая настройка «{0}»
против «{1}», лучшего MLP. Фильтры свёрточной сети скользят по всему
изображению, поэтому штрих распознаётся, где бы он ни был.</translation>
    </message>
    <message>
        <source>Choose Convolutional</source>
        <translation>Выбрать «Свёрточную»</translation>
    </message>
    <message>
        <source>Choose the Convolutional preset</source>
        <translation>Выбрать готовую настройку «Свёрточная»</translation>
    </message>
    <message>
        <source>Fill the form with the {0} preset. Training starts only when you press Start
(it takes a few minutes).</source>
        <translation>Заполнить форму готовой настройкой «{0}». Обучение начнётся, только когда
вы нажмёте «Старт» (оно занимает несколько минут).</translation>
    </message>
    <message>
        <source>Hide this recommendation</source>
        <translation>Скрыть этот совет</translation>
    </message>
    <message>
        <source>Hide this recommendation for good</source>
        <translation>Скрыть этот совет навсегда</translation>
    </message>
</context>
<context>
    <name>ProbabilityView</name>
    <message>
        <source>Draw a digit</source>
        <translation>Нарисуйте цифру</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Предсказание</translation>
    </message>
    <message>
        <source>This network has one output, a number, not ten probabilities: on top, that
output and 10 times it, the digit it stands for. The bars only show how close
each digit is to that number; they are not how sure the network is.</source>
        <translation>У этой сети один выход — число, а не десять вероятностей: вверху этот выход
и он же, умноженный на 10, — цифра, которую он означает. Столбики лишь
показывают, насколько каждая цифра близка к этому числу; это не уверенность сети.</translation>
    </message>
    <message>
        <source>How probable the network finds each digit for your drawing.
The highlighted bar is its answer.</source>
        <translation>Насколько вероятной сеть считает каждую цифру для вашего рисунка.
Выделенный столбик — её ответ.</translation>
    </message>
    <message>
        <source>One output, a number, not a probability: {0}.</source>
        <translation>Один выход — число, а не вероятность: {0}.</translation>
    </message>
    <message>
        <source>The network is not sure; at most {digit} ({percent}).</source>
        <translation>Сеть не уверена; скорее всего {digit} ({percent}).</translation>
    </message>
    <message>
        <source>The network reads {digit} ({percent}).</source>
        <translation>Сеть читает {digit} ({percent}).</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>не уверена</translation>
    </message>
    <message>
        <source>{percent} sure</source>
        <translation>уверенность {percent}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
<context>
    <name>ReadmeDialog</name>
    <message>
        <source>DigitDesk Read Me</source>
        <translation>Описание DigitDesk</translation>
    </message>
    <message>
        <source>Read me</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Read Me in &amp;English</source>
        <translation>Описание на &amp;английском</translation>
    </message>
    <message>
        <source>The full README, in English: with the measured figures and every experiment</source>
        <translation>Полный README на английском: с измеренными значениями и всеми экспериментами</translation>
    </message>
    <message>
        <source>The README did not come with this copy of DigitDesk. Help &gt; Keyboard Shortcuts lists the keys, and every control explains itself in its tooltip.</source>
        <translation>С этой копией DigitDesk не пришёл файл README. «Справка &gt; Сочетания клавиш» перечисляет клавиши, а каждый элемент управления объясняет себя во всплывающей подсказке.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>From {0}</source>
        <translation>Из {0}</translation>
    </message>
</context>
<context>
    <name>ReplaysView</name>
    <message>
        <source>Learners&apos; questions</source>
        <translation>Вопросы учащихся</translation>
    </message>
    <message>
        <source>Four real questions from learners whose networks failed silently.
Load one, train it, watch the Diagnostics tab, then load its fixed twin.</source>
        <translation>Четыре настоящих вопроса учащихся, чьи сети тихо не работали.
Загрузите один, обучите, следите за вкладкой «Диагностика», затем загрузите исправленного двойника.</translation>
    </message>
    <message>
        <source>Load the learner&apos;s settings</source>
        <translation>Загрузить настройки учащегося</translation>
    </message>
    <message>
        <source>Put exactly what the learner did into the training form (their network,
initialisation, loss, batch and bugs). Then press Start.</source>
        <translation>Внести в форму обучения ровно то, что сделал учащийся (его сеть,
инициализацию, потери, батч и ошибки). Затем нажмите «Старт».</translation>
    </message>
    <message>
        <source>Load the fixed twin</source>
        <translation>Загрузить исправленного двойника</translation>
    </message>
    <message>
        <source>Put the same task, done right, into the training form, to compare the curves.</source>
        <translation>Внести в форму ту же задачу, сделанную правильно, чтобы сравнить кривые.</translation>
    </message>
    <message>
        <source>Compare step cost</source>
        <translation>Сравнить стоимость шага</translation>
    </message>
    <message>
        <source>Time one training step by backprop against one by numerical differentiation
(two forward passes per parameter), on this network and a batch of MNIST.</source>
        <translation>Замерить один шаг обучения с обратным распространением против шага с численным
дифференцированием (два прямых прохода на параметр) на этой сети и батче MNIST.</translation>
    </message>
    <message>
        <source>The question, what to watch and the fix</source>
        <translation>Вопрос, за чем следить и исправление</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>Во&amp;прос</translation>
    </message>
    <message>
        <source>the fixed twin of {0}</source>
        <translation>исправленный двойник ({0})</translation>
    </message>
    <message>
        <source>the learner&apos;s settings of {0}</source>
        <translation>настройки учащегося ({0})</translation>
    </message>
    <message>
        <source>What the learner saw</source>
        <translation>Что видел учащийся</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>За чем следить</translation>
    </message>
    <message>
        <source>What fixes it</source>
        <translation>Как это исправить</translation>
    </message>
    <message>
        <source>Learner: </source>
        <translation>Учащийся: </translation>
    </message>
    <message>
        <source>Fixed twin: </source>
        <translation>Исправленный двойник: </translation>
    </message>
</context>
<context>
    <name>ReportCounts</name>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Your digits it did not learn from: {0:.0f}% → {1:.0f}%&lt;/b&gt; read correctly.&lt;br&gt;&lt;small&gt;Each of your %Ln digit(s) was read by a model fine-tuned on your other rounds only.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Ваши цифры, на которых она не училась: {0:.0f}% → {1:.0f}%&lt;/b&gt; прочитано верно.&lt;br&gt;&lt;small&gt;Каждую из ваших %Ln цифры читала модель, дообученная только на других ваших кругах.&lt;/small&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Ваши цифры, на которых она не училась: {0:.0f}% → {1:.0f}%&lt;/b&gt; прочитано верно.&lt;br&gt;&lt;small&gt;Каждую из ваших %Ln цифр читала модель, дообученная только на других ваших кругах.&lt;/small&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Ваши цифры, на которых она не училась: {0:.0f}% → {1:.0f}%&lt;/b&gt; прочитано верно.&lt;br&gt;&lt;small&gt;Каждую из ваших %Ln цифр читала модель, дообученная только на других ваших кругах.&lt;/small&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The pad now reads with the adapted model, fine-tuned on your %Ln digit(s) in {0:.1f} s. &lt;i&gt;Use the original&lt;/i&gt; switches back; File &amp;gt; Save keeps it. When it misreads a digit, click the right digit in &lt;i&gt;It reads&lt;/i&gt; to teach it that one too.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Теперь поле читает адаптированной моделью, дообученной на %Ln вашей цифре за {0:.1f}&#xa0;с. &lt;i&gt;Исходная модель&lt;/i&gt; переключает обратно; «Файл &amp;gt; Сохранить» сохраняет её. Если она неверно читает цифру, щёлкните правильную цифру в списке &lt;i&gt;Ответ сети&lt;/i&gt;, чтобы научить её и этой.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Теперь поле читает адаптированной моделью, дообученной на %Ln ваших цифрах за {0:.1f}&#xa0;с. &lt;i&gt;Исходная модель&lt;/i&gt; переключает обратно; «Файл &amp;gt; Сохранить» сохраняет её. Если она неверно читает цифру, щёлкните правильную цифру в списке &lt;i&gt;Ответ сети&lt;/i&gt;, чтобы научить её и этой.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Теперь поле читает адаптированной моделью, дообученной на %Ln ваших цифрах за {0:.1f}&#xa0;с. &lt;i&gt;Исходная модель&lt;/i&gt; переключает обратно; «Файл &amp;gt; Сохранить» сохраняет её. Если она неверно читает цифру, щёлкните правильную цифру в списке &lt;i&gt;Ответ сети&lt;/i&gt;, чтобы научить её и этой.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;So the pad still reads with the original model. The adapted one, fine-tuned on your %Ln digit(s) in {0:.1f} s, is kept: to read with it anyway, click &lt;i&gt;{1}&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Поэтому поле по-прежнему читает исходной моделью. Адаптированная модель, дообученная на %Ln вашей цифре за {0:.1f}&#xa0;с, сохранена: чтобы всё же читать ею, нажмите &lt;i&gt;{1}&lt;/i&gt;.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Поэтому поле по-прежнему читает исходной моделью. Адаптированная модель, дообученная на %Ln ваших цифрах за {0:.1f}&#xa0;с, сохранена: чтобы всё же читать ею, нажмите &lt;i&gt;{1}&lt;/i&gt;.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Поэтому поле по-прежнему читает исходной моделью. Адаптированная модель, дообученная на %Ln ваших цифрах за {0:.1f}&#xa0;с, сохранена: чтобы всё же читать ею, нажмите &lt;i&gt;{1}&lt;/i&gt;.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;So the pad still reads with the adapted model you were using. The one fine-tuned now on your %Ln digit(s) was not kept; your digits are, and the next fine-tune learns from them too. &lt;i&gt;Use the original&lt;/i&gt; switches back to the original model.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Поэтому поле по-прежнему читает адаптированной моделью, которой вы пользовались. Новая, дообученная на %Ln вашей цифре, не сохранена; ваши цифры сохранены, и следующее дообучение учтёт и их. &lt;i&gt;Исходная модель&lt;/i&gt; переключает обратно на исходную модель.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Поэтому поле по-прежнему читает адаптированной моделью, которой вы пользовались. Новая, дообученная на %Ln ваших цифрах, не сохранена; ваши цифры сохранены, и следующее дообучение учтёт и их. &lt;i&gt;Исходная модель&lt;/i&gt; переключает обратно на исходную модель.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Поэтому поле по-прежнему читает адаптированной моделью, которой вы пользовались. Новая, дообученная на %Ln ваших цифрах, не сохранена; ваши цифры сохранены, и следующее дообучение учтёт и их. &lt;i&gt;Исходная модель&lt;/i&gt; переключает обратно на исходную модель.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunsView</name>
    <message>
        <source>Removed the run of {0} from Compare runs. Undo ({1}) puts it back.</source>
        <translation>Запуск от {0} удалён из «Сравнения запусков». Отмена ({1}) вернёт его.</translation>
    </message>
    <message>
        <source>Put the run of {0} back in Compare runs.</source>
        <translation>Запуск от {0} возвращён в «Сравнение запусков».</translation>
    </message>
    <message>
        <source>The run list could not be saved: {0}</source>
        <translation>Не удалось сохранить список запусков: {0}</translation>
    </message>
    <message>
        <source>question {0}, learner</source>
        <translation>вопрос {0}, учащийся</translation>
    </message>
    <message>
        <source>question {0}, fixed twin</source>
        <translation>вопрос {0}, исправленный двойник</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>[{0}]  {1}</source>
        <translation>[{0}]  {1}</translation>
    </message>
    <message>
        <source>  ·  validation {0:.1%}</source>
        <translation>  ·  валидация {0:.1%}</translation>
    </message>
    <message>
        <source>Measured every few batches. Stuck units: solid, saturated sigmoid/tanh outputs; dashed, dead ReLUs. Runs trained before diagnostics were kept have none.</source>
        <translation>Замеры — каждые несколько батчей. Застрявшие нейроны: сплошная — насыщенные сигмоиды и tanh, пунктир — мёртвые ReLU. У запусков, обученных до сохранения диагностики, её нет.</translation>
    </message>
    <message>
        <source>▲ the learning rate or momentum was changed there during training.</source>
        <translation>▲ здесь во время обучения были изменены скорость обучения или импульс.</translation>
    </message>
    <message>
        <source>Layer {0}</source>
        <translation>Слой {0}</translation>
    </message>
    <message>
        <source>run {0}</source>
        <translation>запуск {0}</translation>
    </message>
    <message>
        <source>Every training run is kept here (the last {0}). Tick runs to compare their curves; the legend names what differs. Start after Stop goes on with the same run; Reset weights begins a new one.</source>
        <translation>Здесь хранится каждый запуск обучения (последние {0}). Отметьте запуски, чтобы сравнить их кривые; легенда называет, чем они различаются. «Старт» после «Стоп» продолжает тот же запуск; сброс весов начинает новый.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected run from the list (Delete)</source>
        <translation>Удалить выбранный запуск из списка (Delete)</translation>
    </message>
    <message>
        <source>Undo Re&amp;move</source>
        <translation>В&amp;ернуть удалённый</translation>
    </message>
    <message>
        <source>Put back the run removed last, in its place ({0})</source>
        <translation>Вернуть последний удалённый запуск на его место ({0})</translation>
    </message>
    <message>
        <source>Learning &amp;curves</source>
        <translation>Кривые о&amp;бучения</translation>
    </message>
    <message>
        <source>La&amp;yer</source>
        <translation>С&amp;лой</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>точность (%)</translation>
    </message>
    <message>
        <source>D&amp;iagnostics</source>
        <translation>&amp;Диагностика</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Overlay one layer&apos;s gradient size, update-to-weight ratio and stuck units</source>
        <translation>Наложить для одного слоя величину градиента, отношение обновления к весу и застрявшие нейроны</translation>
    </message>
    <message>
        <source>The share of validation images the network reads correctly, after each epoch.</source>
        <translation>Доля валидационных изображений, которые сеть читает верно, после каждой эпохи.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>потери</translation>
    </message>
    <message>
        <source>gradient RMS</source>
        <translation>RMS градиента</translation>
    </message>
    <message>
        <source>update / weight</source>
        <translation>обновл. / вес</translation>
    </message>
    <message>
        <source>stuck units (%)</source>
        <translation>застрявшие нейроны (%)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>эпоха</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Space starts, pauses and resumes training unless the focus is on a control that uses Space itself (a text field, a button, a check box). Esc, Delete and Ctrl+Z act on the drawing pad once you have drawn on it (or clicked it).</source>
        <translation>Пробел запускает, приостанавливает и продолжает обучение, если фокус не на элементе, которому пробел нужен самому (текстовое поле, кнопка, флажок). Esc, Delete и Ctrl+Z действуют на поле для рисования, когда вы на нём рисовали (или щёлкнули по нему).</translation>
    </message>
</context>
<context>
    <name>TeachDialog</name>
    <message>
        <source>Teach it your handwriting</source>
        <translation>Выучить мой почерк</translation>
    </message>
    <message>
        <source>This model tells apart only {0}: it can learn only these digits, so it asks for them alone.</source>
        <translation>Эта модель различает только {0}: выучить она может лишь эти цифры, поэтому и просит только их.</translation>
    </message>
    <message>
        <source>Pad for the digit asked for</source>
        <translation>Поле для запрошенной цифры</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Wipe the pad</source>
        <translation>Стереть поле</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Keep this digit and go on to the next (Enter)</source>
        <translation>Сохранить эту цифру и перейти к следующей (Enter)</translation>
    </message>
    <message>
        <source>Add a round</source>
        <translation>Добавить круг</translation>
    </message>
    <message>
        <source>Write each digit once more: more examples teach it more, and the result
is measured on more of your digits</source>
        <translation>Написать каждую цифру ещё раз: больше примеров — больше научится, а результат
измеряется на большем числе ваших цифр</translation>
    </message>
    <message>
        <source>Teach it</source>
        <translation>Научить</translation>
    </message>
    <message>
        <source>Fine-tune a copy of the model on your digits (a few seconds, in the background)</source>
        <translation>Дообучить копию модели на ваших цифрах (несколько секунд, в фоне)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Learning your handwriting: a copy of the model is trained a little further on your digits mixed into MNIST, and checked on digits of yours it did not see.</source>
        <translation>Изучение вашего почерка: копия модели немного дообучается на MNIST с примешанными вашими цифрами и проверяется на ваших цифрах, которых она не видела.</translation>
    </message>
    <message>
        <source>Fine-tuning progress</source>
        <translation>Ход дообучения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Use the adapted model</source>
        <translation>Адаптированная модель</translation>
    </message>
    <message>
        <source>Read with the model fine-tuned on your digits, although it read the ones it did not learn from no better</source>
        <translation>Читать моделью, дообученной на ваших цифрах, хотя цифры, на которых она не училась, она читает не лучше</translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation>Круг {0}</translation>
    </message>
    <message>
        <source>Draw the {0} on the pad first, then press Enter.</source>
        <translation>Сначала нарисуйте {0} в поле, затем нажмите Enter.</translation>
    </message>
    <message>
        <source>That is only a dot: draw the whole {0}, then press Enter.</source>
        <translation>Это только точка: нарисуйте {0} целиком, затем нажмите Enter.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln digit(s) (is|are) drawn</source>
        <translation>
            <numerusform>Нарисована %Ln цифра — все</numerusform>
            <numerusform>Нарисованы все %Ln цифры</numerusform>
            <numerusform>Нарисованы все %Ln цифр</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round {0} of {1}, {2} of %Ln digit(s) done. Write as you always do: the point is to teach it your own style.</source>
        <translation>
            <numerusform>Круг {0} из {1}, готово {2} из %Ln цифры. Пишите как всегда: смысл в том, чтобы научить модель вашему почерку.</numerusform>
            <numerusform>Круг {0} из {1}, готово {2} из %Ln цифр. Пишите как всегда: смысл в том, чтобы научить модель вашему почерку.</numerusform>
            <numerusform>Круг {0} из {1}, готово {2} из %Ln цифр. Пишите как всегда: смысл в том, чтобы научить модель вашему почерку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Teach it now, add a round for more examples, or click a digit below to draw it again.</source>
        <translation>Научите модель сейчас, добавьте круг для новых примеров или щёлкните цифру ниже, чтобы нарисовать её заново.</translation>
    </message>
    <message>
        <source>Draw a {0} again</source>
        <translation>Нарисуйте {0} ещё раз</translation>
    </message>
    <message>
        <source>Draw a {0}</source>
        <translation>Нарисуйте {0}</translation>
    </message>
    <message>
        <source>Until you draw it again, your earlier {0} is kept.</source>
        <translation>Пока вы не нарисуете {0} заново, остаётся прежний рисунок.</translation>
    </message>
    <message>
        <source>You can teach it now: the digits of this round drawn so far are taught too.</source>
        <translation>Уже можно нажать «Научить»: цифры этого круга, нарисованные до сих пор, тоже пойдут в обучение.</translation>
    </message>
    <message>
        <source>Not drawn yet</source>
        <translation>Ещё не нарисована</translation>
    </message>
    <message>
        <source>Click to draw this {0} again</source>
        <translation>Щёлкните, чтобы нарисовать эту {0} заново</translation>
    </message>
    <message>
        <source>Round {0}, digit {1}: {2}</source>
        <translation>Круг {0}, цифра {1}: {2}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>осталось</translation>
    </message>
    <message>
        <source>Train or open a model first</source>
        <translation>Сначала обучите или откройте модель</translation>
    </message>
    <message>
        <source>Another fine-tune is running (the digits you corrected or kept): Teach it comes back when it is done, in a moment</source>
        <translation>Идёт другое дообучение (на исправленных или сохранённых вами цифрах): кнопка «Научить» снова заработает, как только оно закончится, через мгновение</translation>
    </message>
    <message numerus="yes">
        <source>Draw every digit of the first {0} rounds first: %Ln still to draw</source>
        <translation>
            <numerusform>Сначала нарисуйте все цифры первых {0} кругов: осталась %Ln цифра</numerusform>
            <numerusform>Сначала нарисуйте все цифры первых {0} кругов: осталось %Ln цифры</numerusform>
            <numerusform>Сначала нарисуйте все цифры первых {0} кругов: осталось %Ln цифр</numerusform>
        </translation>
    </message>
    <message>
        <source>Your digits could not be saved: {0}</source>
        <translation>Не удалось сохранить ваши цифры: {0}</translation>
    </message>
    <message>
        <source>Cancelled: nothing changed. Your digits are still here; Teach it tries again.</source>
        <translation>Отменено: ничего не изменилось. Ваши цифры на месте; «Научить» попробует снова.</translation>
    </message>
    <message>
        <source>It is still learning your digits. Stop, close and discard them?</source>
        <translation>Модель ещё учится на ваших цифрах. Остановить, закрыть и отбросить их?</translation>
    </message>
    <message>
        <source>You drew 1 digit and have not taught it yet. Close and discard it?</source>
        <translation>Вы нарисовали одну цифру, но ещё не научили ей модель. Закрыть и отбросить её?</translation>
    </message>
    <message>
        <source>You drew {0} and have not taught them yet. Close and discard them?</source>
        <translation>Вы нарисовали {0}, но ещё не научили им модель. Закрыть и отбросить их?</translation>
    </message>
    <message>
        <source>Discard your digits?</source>
        <translation>Отбросить ваши цифры?</translation>
    </message>
</context>
<context>
    <name>TrainingControl</name>
    <message>
        <source>the network changed ({0} → {1})</source>
        <translation>сеть изменилась ({0} → {1})</translation>
    </message>
    <message>
        <source>the initialisation changed ({0} → {1})</source>
        <translation>инициализация изменилась ({0} → {1})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>the bug-lab switches changed ({0} → {1})</source>
        <translation>переключатели лаборатории ошибок изменились ({0} → {1})</translation>
    </message>
    <message>
        <source>start from fresh weights</source>
        <translation>начать со свежих весов</translation>
    </message>
    <message>
        <source>Fresh weights: {0}.</source>
        <translation>Свежие веса: {0}.</translation>
    </message>
    <message>
        <source>Loading MNIST…</source>
        <translation>Загрузка MNIST…</translation>
    </message>
    <message>
        <source>These settings do not fit the training data</source>
        <translation>Эти настройки не подходят к обучающим данным</translation>
    </message>
    <message>
        <source>{0}: {1}.

Lower Validation images or Training images in the form; nothing was changed.</source>
        <translation>{0}: {1}.

Уменьшите в форме «Валидационные изображения» или «Обучающие изображения»; ничего не изменено.</translation>
    </message>
    <message>
        <source>Training resumed.</source>
        <translation>Обучение продолжено.</translation>
    </message>
    <message>
        <source>Paused. Space resumes; F10 trains one batch.</source>
        <translation>Пауза. Пробел — продолжить; F10 — обучить один батч.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>reset the weights</source>
        <translation>сбросить веса</translation>
    </message>
    <message>
        <source>Fresh random weights: {0}.</source>
        <translation>Свежие случайные веса: {0}.</translation>
    </message>
    <message>
        <source>Paused while MNIST loads. Space resumes; F10 trains one batch.</source>
        <translation>Пауза, пока загружается MNIST. Пробел — продолжить; F10 — обучить один батч.</translation>
    </message>
    <message>
        <source>Paused while the data loads. Space resumes; F10 trains one batch.</source>
        <translation>Пауза, пока загружаются данные. Пробел — продолжить; F10 — обучить один батч.</translation>
    </message>
    <message>
        <source>Epoch {0}: validation accuracy {1:.2f}%, loss {2:.4f} (training accuracy {5:.2f}%, loss {3:.4f}; {4:.1f} s)</source>
        <translation>Эпоха {0}: точность на валидации {1:.2f}%, потери {2:.4f} (точность на обучении {5:.2f}%, потери {3:.4f}; {4:.1f}&#xa0;с)</translation>
    </message>
    <message>
        <source>Epoch {0}: training accuracy {3:.2f}%, loss {1:.4f} ({2:.1f} s)</source>
        <translation>Эпоха {0}: точность на обучении {3:.2f}%, потери {1:.4f} ({2:.1f}&#xa0;с)</translation>
    </message>
    <message>
        <source>Training diverged</source>
        <translation>Обучение разошлось</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Обучение не удалось</translation>
    </message>
    <message>
        <source>Training stopped: the loss diverged — last good weights kept.</source>
        <translation>Обучение остановлено: потери разошлись — сохранены последние хорошие веса.</translation>
    </message>
    <message>
        <source>The test accuracy could not be measured: {0}</source>
        <translation>Точность на тестовой выборке измерить не удалось: {0}</translation>
    </message>
    <message>
        <source>Training finished: validation accuracy {0:.2f}% (this data has no test set).</source>
        <translation>Обучение завершено: точность на валидации {0:.2f}% (у этих данных нет тестовой выборки).</translation>
    </message>
    <message>
        <source>Training finished (this data has no test set, and no validation images were held out).</source>
        <translation>Обучение завершено (у этих данных нет тестовой выборки, а изображения для валидации не отложены).</translation>
    </message>
    <message>
        <source>Finished: {0}</source>
        <translation>Готово ({0})</translation>
    </message>
    <message>
        <source>Training finished; the trained weights are kept.</source>
        <translation>Обучение завершено; обученные веса сохранены.</translation>
    </message>
    <message numerus="yes">
        <source>Training finished: {0:.2f}% of the %Ln test image(s) read correctly.</source>
        <translation>
            <numerusform>Обучение завершено: верно прочитано {0:.2f}% из %Ln тестового изображения.</numerusform>
            <numerusform>Обучение завершено: верно прочитано {0:.2f}% из %Ln тестовых изображений.</numerusform>
            <numerusform>Обучение завершено: верно прочитано {0:.2f}% из %Ln тестовых изображений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>Training stopped; the weights learnt so far are kept.</source>
        <translation>Обучение остановлено; выученные веса сохранены.</translation>
    </message>
    <message>
        <source>Training stopped before its first batch: there is still no model.</source>
        <translation>Обучение остановлено до первого батча: модели по-прежнему нет.</translation>
    </message>
    <message>
        <source>Training stopped before its first batch: the model in use is unchanged.</source>
        <translation>Обучение остановлено до первого батча: используемая модель не изменилась.</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Custom</source>
        <translation>Своя</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Готовые настройки</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Скрытые слои</translation>
    </message>
    <message>
        <source>The hidden layers between the 784 input pixels and the outputs, and how many
units each has. One layer of 100-300 units already reads about 98% of MNIST.</source>
        <translation>Скрытые слои между 784 входными пикселями и выходами и число нейронов
в каждом. Один слой из 100-300 нейронов уже читает около 98% MNIST.</translation>
    </message>
    <message>
        <source>1/(1+e^-x): squashes to (0, 1); saturates, and its slope is at most 0.25, so deep sigmoid nets learn slowly</source>
        <translation>1/(1+e^-x): сжимает в (0, 1); насыщается, наклон не больше 0,25, поэтому глубокие сигмоидные сети учатся медленно</translation>
    </message>
    <message>
        <source>squashes to (-1, 1); centred at 0, saturates like sigmoid</source>
        <translation>сжимает в (-1, 1); центрирована в 0, насыщается как сигмоида</translation>
    </message>
    <message>
        <source>max(0, x): does not saturate for x &gt; 0; the usual choice</source>
        <translation>max(0, x): не насыщается при x &gt; 0; обычный выбор</translation>
    </message>
    <message>
        <source>like ReLU but with a small slope for x &lt; 0, so no unit can die</source>
        <translation>как ReLU, но с небольшим наклоном при x &lt; 0, так что нейроны не умирают</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Активация</translation>
    </message>
    <message>
        <source>The function each hidden unit applies to its weighted sum.</source>
        <translation>Функция, которую каждый скрытый нейрон применяет к взвешенной сумме.</translation>
    </message>
    <message>
        <source>scaled by the layer sizes; suits sigmoid and tanh</source>
        <translation>масштаб по размерам слоёв; подходит для сигмоиды и tanh</translation>
    </message>
    <message>
        <source>scaled for ReLU, which zeroes half of its inputs</source>
        <translation>масштаб для ReLU, которая обнуляет половину входов</translation>
    </message>
    <message>
        <source>Weight initialisation</source>
        <translation>Инициализация весов</translation>
    </message>
    <message>
        <source>Biases</source>
        <translation>Смещения</translation>
    </message>
    <message>
        <source>Give every unit a bias (a learnt offset). Without biases every
unit&apos;s boundary must pass through the origin.</source>
        <translation>Дать каждому нейрону смещение (выученный сдвиг). Без смещений граница
каждого нейрона обязана проходить через начало координат.</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Зерно генератора</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same starting weights,
the same validation split and the same batches.</source>
        <translation>Зерно генератора случайных чисел: одно и то же зерно даёт те же начальные веса,
то же разбиение на валидацию и те же батчи.</translation>
    </message>
    <message>
        <source>10 outputs turned into probabilities; the right choice for classes</source>
        <translation>10 выходов превращаются в вероятности; правильный выбор для классов</translation>
    </message>
    <message>
        <source>10 sigmoid outputs fitted to one-hot targets; learns slower</source>
        <translation>10 сигмоидных выходов подгоняются к one-hot целям; учится медленнее</translation>
    </message>
    <message>
        <source>10 linear outputs fitted to one-hot targets</source>
        <translation>10 линейных выходов подгоняются к one-hot целям</translation>
    </message>
    <message>
        <source>regresses the digit as a number with a linear output</source>
        <translation>регрессирует цифру как число линейным выходом</translation>
    </message>
    <message>
        <source>Output and loss</source>
        <translation>Выход и функция потерь</translation>
    </message>
    <message>
        <source>What the output layer computes and which loss measures its error.
Softmax with cross-entropy is the standard for choosing one of ten digits.</source>
        <translation>Что вычисляет выходной слой и какая функция потерь измеряет его ошибку.
Для выбора одной из десяти цифр стандарт — softmax с перекрёстной энтропией.</translation>
    </message>
    <message>
        <source>average the examples&apos; gradients: the step size does not depend on the batch size</source>
        <translation>усреднять градиенты примеров: размер шага не зависит от размера батча</translation>
    </message>
    <message>
        <source>Batch reduction</source>
        <translation>Объединение по батчу</translation>
    </message>
    <message>
        <source>How the gradients of the examples in a batch are combined.</source>
        <translation>Как объединяются градиенты примеров в батче.</translation>
    </message>
    <message>
        <source>plain gradient descent: step = −learning rate × gradient</source>
        <translation>обычный градиентный спуск: шаг = −скорость обучения × градиент</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Импульс</translation>
    </message>
    <message>
        <source>keeps a running velocity, which smooths the steps and speeds up along consistent directions</source>
        <translation>хранит скользящую скорость, которая сглаживает шаги и ускоряет движение в устойчивых направлениях</translation>
    </message>
    <message>
        <source>momentum that looks one step ahead</source>
        <translation>импульс, заглядывающий на шаг вперёд</translation>
    </message>
    <message>
        <source>adapts the step for every weight; try a learning rate around 0.001</source>
        <translation>подбирает шаг для каждого веса; попробуйте скорость обучения около 0,001</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Оптимизатор</translation>
    </message>
    <message>
        <source>How the gradient becomes a change of the weights.</source>
        <translation>Как градиент превращается в изменение весов.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Скорость обучения</translation>
    </message>
    <message>
        <source>The size of each step. Too large: the loss jumps or becomes NaN.
Too small: the loss barely moves. The arrows step 0.01, 0.02, 0.05, 0.1, ...
Typical: 0.1 with SGD or momentum, 0.001 with Adam.</source>
        <translation>Размер каждого шага. Слишком большой: потери скачут или становятся NaN.
Слишком маленький: потери почти не меняются. Стрелки меняют его по шкале 0,01; 0,02; 0,05; 0,1…
Обычно: 0,1 для SGD или импульса, 0,001 для Adam.</translation>
    </message>
    <message>
        <source>How much of the previous step is kept (for Momentum and Nesterov).
0.9 is usual; 0 is plain SGD.</source>
        <translation>Какая доля предыдущего шага сохраняется (для импульса и импульса Нестерова).
Обычно 0,9; 0 — обычный SGD.</translation>
    </message>
    <message>
        <source>the same learning rate all along</source>
        <translation>одна и та же скорость обучения всё время</translation>
    </message>
    <message>
        <source>divided by 10 half-way and again at three quarters</source>
        <translation>делится на 10 на середине и ещё раз на трёх четвертях</translation>
    </message>
    <message>
        <source>slides smoothly from the full rate down to 0</source>
        <translation>плавно снижается от полной скорости до 0</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Расписание скорости обучения</translation>
    </message>
    <message>
        <source>How the learning rate changes during a training run: large steps early,
small ones at the end usually give a better final network.</source>
        <translation>Как меняется скорость обучения за время обучения: большие шаги вначале
и маленькие в конце обычно дают лучшую итоговую сеть.</translation>
    </message>
    <message>
        <source>L2 weight decay</source>
        <translation>L2-регуляризация (затухание весов)</translation>
    </message>
    <message>
        <source>L2 regularisation: pulls every weight a little towards 0 at each step,
which reduces memorising. 0 is off; 1e-4 is a common value.</source>
        <translation>L2-регуляризация: на каждом шаге немного тянет каждый вес к 0,
что уменьшает запоминание. 0 — выключено; 1e-4 — распространённое значение.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Размер батча</translation>
    </message>
    <message>
        <source>Images per step (a mini-batch). Small batches give many noisy steps,
large ones few smooth steps. 32-256 is typical.</source>
        <translation>Изображений на шаг (мини-батч). Маленькие батчи дают много шумных шагов,
большие — мало гладких. Обычно 32-256.</translation>
    </message>
    <message>
        <source>Full batch</source>
        <translation>Полный батч</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Эпохи</translation>
    </message>
    <message>
        <source>How many times to go through the training images.</source>
        <translation>Сколько раз пройти по обучающим изображениям.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Для обучения</translation>
    </message>
    <message>
        <source>Train on only this many images (All: every image not held out for validation).
A small subset trains fast and shows memorising: try 500 and then 3,000.</source>
        <translation>Обучать только на стольких изображениях (Все: все изображения, не отложенные для валидации).
На малом подмножестве сеть учится быстро и показывает запоминание: попробуйте 500, потом 3&#xa0;000.</translation>
    </message>
    <message>
        <source>Validation images</source>
        <translation>Для валидации</translation>
    </message>
    <message>
        <source>Images held out of training to measure the validation loss and accuracy
after each epoch. 0: no validation curve.</source>
        <translation>Изображения, отложенные от обучения, чтобы после каждой эпохи измерять
потери и точность на валидации. 0: нет кривой валидации.</translation>
    </message>
    <message>
        <source>every training image as it is</source>
        <translation>каждое обучающее изображение как есть</translation>
    </message>
    <message>
        <source>every training image rotated by up to {0}°, scaled by up to {1}%, sheared
by up to {2} and shifted by up to {3} pixels, anew each time it is seen</source>
        <translation>каждое обучающее изображение поворачивается до {0}°, масштабируется до {1}%, скашивается
до {2} и сдвигается до {3}&#xa0;пикс., заново при каждом показе</translation>
    </message>
    <message>
        <source>as Affine, and first {0}% of the 0s, 1s, 7s and 9s redrawn in styles that
many people write and MNIST rarely has: a bar through the 7, a flag (and
sometimes a base) on the 1, a slash through the 0, a hook at the foot of the 9</source>
        <translation>как аффинная, и сначала {0}% нулей, единиц, семёрок и девяток перерисовываются в стилях,
которые часто пишут люди и редко встречаются в MNIST: черта через 7, флажок (иногда и
основание) у 1, косая черта через 0, крючок внизу у 9</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Аугментация</translation>
    </message>
    <message>
        <source>Distort the training images a little, differently in every epoch, so the
network learns the digit and not the exact pixels. Trains slower per epoch,
reads drawn digits better (the Accurate preset uses it).</source>
        <translation>Немного искажать обучающие изображения, в каждой эпохе по-разному, чтобы сеть
учила цифру, а не точные пиксели. Эпоха обучается дольше, нарисованные цифры
читаются лучше (так делает готовая настройка «Точная»).</translation>
    </message>
    <message>
        <source>slashed 0</source>
        <translation>0&#xa0;с чертой</translation>
    </message>
    <message>
        <source>flagged 1</source>
        <translation>1&#xa0;с флажком</translation>
    </message>
    <message>
        <source>crossed 7</source>
        <translation>7&#xa0;с чертой</translation>
    </message>
    <message>
        <source>hooked 9</source>
        <translation>9&#xa0;с крючком</translation>
    </message>
    <message>
        <source>Pen style: {0}</source>
        <translation>Почерк: {0}</translation>
    </message>
    <message>
        <source>The digits Affine + pen styles redraws in their other style. The Convolutional
preset leaves the 7s as they are: crossed 7s as well cost it accuracy on MNIST.</source>
        <translation>Цифры, которые «Аффинная + почерки» перерисовывает в другом стиле. Готовая
настройка «Свёрточная» не трогает семёрки: с перечёркнутыми 7 её точность на MNIST падала.</translation>
    </message>
    <message>
        <source>Straighten digits</source>
        <translation>Выпрямлять цифры</translation>
    </message>
    <message>
        <source>Deskew</source>
        <translation>Наклон</translation>
    </message>
    <message>
        <source>all ten</source>
        <translation>все десять</translation>
    </message>
    <message>
        <source>Digits to train on</source>
        <translation>Цифры для обучения</translation>
    </message>
    <message>
        <source>Train on only these digits, e.g. &quot;3, 7&quot; to tell threes from sevens
(learner 003). Empty: all ten digits. The network gets one output per digit.</source>
        <translation>Обучать только на этих цифрах, например &quot;3, 7&quot;, чтобы отличать тройки от семёрок
(учащийся 003). Пусто: все десять цифр. У сети по выходу на цифру.</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>Инициализация</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>Batch gradient</source>
        <translation>Градиент батча</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>L2 decay</source>
        <translation>Затухание L2</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <source>Pen styles</source>
        <translation>Почерки</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Data and length</source>
        <translation>Данные и длительность</translation>
    </message>
    <message>
        <source>Train for the number of epochs set above, going on from the current weights
when the network, its initialisation and the bug-lab switches are unchanged;
otherwise from fresh weights (the status bar says why). Reset weights starts afresh.</source>
        <translation>Обучать заданное выше число эпох, продолжая с текущих весов, если сеть,
её инициализация и переключатели лаборатории ошибок не изменились;
иначе — со свежих весов (строка состояния скажет почему). «Сбросить веса» начинает заново.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Старт</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Начать обучение</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Pause or resume training</source>
        <translation>Приостановить или продолжить обучение</translation>
    </message>
    <message>
        <source>Pause training between two batches; press again to resume.</source>
        <translation>Приостановить обучение между двумя батчами; нажмите ещё раз, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>Остановить обучение</translation>
    </message>
    <message>
        <source>Stop training and keep the weights learnt so far.</source>
        <translation>Остановить обучение и сохранить выученные веса.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Train one batch</source>
        <translation>Обучить один батч</translation>
    </message>
    <message>
        <source>Train exactly one batch and pause, to watch a single step.</source>
        <translation>Обучить ровно один батч и встать на паузу, чтобы рассмотреть один шаг.</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>Сбросить веса</translation>
    </message>
    <message>
        <source>Throw the learnt weights away and start from fresh random weights
(drawn with the initialisation and seed above). Clears the plots.</source>
        <translation>Выбросить выученные веса и начать со свежих случайных
(по инициализации и зерну выше). Очищает графики.</translation>
    </message>
    <message>
        <source>What is wrong with the settings</source>
        <translation>Что не так с настройками</translation>
    </message>
    <message>
        <source>Bug lab on</source>
        <translation>Лаборатория ошибок включена</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Ход обучения</translation>
    </message>
    <message>
        <source>Epoch and batch of the current training run, and the time left.</source>
        <translation>Эпоха и батч текущего обучения и оставшееся время.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Digits: {0} typed twice in &quot;{1}&quot;; type each digit once, e.g. &quot;3, 7&quot;.</source>
        <translation>Цифры: в &quot;{1}&quot; дважды введено: {0}; вводите каждую цифру один раз, например &quot;3, 7&quot;.</translation>
    </message>
    <message>
        <source>A ready-made set of settings. Choosing one fills in the form below;
change any setting afterwards and the preset shows &quot;Custom&quot;.</source>
        <translation>Готовый набор настроек. Выбор заполняет форму ниже;
если потом изменить любую настройку, здесь будет «Своя».</translation>
    </message>
    <message>
        <source>A good first run: a small MLP that trains in seconds.</source>
        <translation>Хороший первый запуск: небольшой MLP, который обучается за секунды.</translation>
    </message>
    <message>
        <source>The best MLP: a wider layer, trained on digits that are distorted a little and straightened.</source>
        <translation>Лучший MLP: слой пошире, обучается на слегка искажённых и выпрямленных цифрах.</translation>
    </message>
    <message>
        <source>The one to draw digits for: a small convolutional network whose filters find a stroke wherever it is.</source>
        <translation>Для рисования цифр: небольшая свёрточная сеть, чьи фильтры находят штрих, где бы он ни был.</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} с</translation>
    </message>
    <message>
        <source>Measured on a 2-core computer: {0}% of the MNIST test digits read right; training took {1}.</source>
        <translation>Измерено на 2-ядерном компьютере: {0}% тестовых цифр MNIST прочитано верно; обучение заняло {1}.</translation>
    </message>
    <message>
        <source>Digits in strangers&apos; handwriting (simulated), read as the pad reads them: {0}% read right.</source>
        <translation>Цифры почерком незнакомцев (смоделированным), прочитанные так, как их читает поле для рисования: {0}% верно.</translation>
    </message>
    <message>
        <source>It trains: {0}.</source>
        <translation>Что обучается: {0}.</translation>
    </message>
    <message>
        <source>learning rate {0}</source>
        <translation>скорость обучения {0}</translation>
    </message>
    <message>
        <source>pen styles on {0}</source>
        <translation>почерки для {0}</translation>
    </message>
    <message>
        <source>deskew</source>
        <translation>устранение наклона</translation>
    </message>
    <message>
        <source>L2 {0}</source>
        <translation>L2 {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Cannot start with these settings: {0}</source>
        <translation>Нельзя начать с этими настройками: {0}</translation>
    </message>
    <message>
        <source>⚠ Bug lab on: {0}</source>
        <translation>⚠ Лаборатория ошибок: {0}</translation>
    </message>
    <message>
        <source>⚠ Bug lab on</source>
        <translation>⚠ Лаборатория ошибок включена</translation>
    </message>
    <message>
        <source>The engine is BROKEN ON PURPOSE: {0}.
Click to show the bug lab&apos;s switches.</source>
        <translation>Движок СЛОМАН НАРОЧНО: {0}.
Щёлкните, чтобы показать переключатели лаборатории ошибок.</translation>
    </message>
    <message>
        <source>Not training</source>
        <translation>Обучение не идёт</translation>
    </message>
    <message>
        <source>&amp;Preset</source>
        <translation>&amp;Готовые настройки</translation>
    </message>
    <message>
        <source>{0}: at most {1}, so {1} instead of {2}.</source>
        <translation>{0}: не больше {1}, поэтому {1} вместо {2}.</translation>
    </message>
    <message>
        <source>{0}: at least {1}, so {1} instead of {2}.</source>
        <translation>{0}: не меньше {1}, поэтому {1} вместо {2}.</translation>
    </message>
    <message>
        <source>the naive choice: far too large for 784 inputs, saturates sigmoid units (learner question 000)</source>
        <translation>наивный выбор: слишком велико для 784 входов, насыщает сигмоидные нейроны (вопрос учащегося 000)</translation>
    </message>
    <message>
        <source>tiny weights: signals and gradients shrink layer by layer (learner question 001)</source>
        <translation>крошечные веса: сигналы и градиенты затухают от слоя к слою (вопрос учащегося 001)</translation>
    </message>
    <message>
        <source>How the weights are drawn before training. Changing it starts the next
run from fresh weights (so does Reset weights).</source>
        <translation>Как выбираются веса до обучения. Если её изменить, следующий запуск
начнётся со свежих весов (как и после «Сбросить веса»).</translation>
    </message>
    <message>
        <source>regresses the digit as a number (learner question 000): treats 3 as &apos;between 2 and 4&apos;</source>
        <translation>регрессирует цифру как число (вопрос учащегося 000): считает 3 «чем-то между 2 и 4»</translation>
    </message>
    <message>
        <source>add the examples&apos; gradients: a batch of 3,000 takes a step 3,000 times larger (learner question 000)</source>
        <translation>складывать градиенты примеров: батч из 3&#xa0;000 делает шаг в 3&#xa0;000 раз больше (вопрос учащегося 000)</translation>
    </message>
    <message>
        <source>Use every training image in one step (plain gradient descent): one step per
epoch. With summed gradients this is where large sets stop learning
(learner question 000).</source>
        <translation>Все обучающие изображения за один шаг (обычный градиентный спуск): один шаг
за эпоху. С суммой градиентов именно здесь большие наборы перестают учиться
(вопрос учащегося 000).</translation>
    </message>
    <message>
        <source>Straighten every digit by its image moments before the network sees it, in
training and whenever the model reads a digit (also the ones you draw).
Slanted handwriting then reads better (the Accurate and Convolutional
presets use it).</source>
        <translation>Выпрямлять каждую цифру по моментам изображения, прежде чем её увидит сеть, —
при обучении и всякий раз, когда модель читает цифру (в том числе нарисованную вами).
Наклонный почерк тогда читается лучше (так делают готовые настройки
«Точная» и «Свёрточная»).</translation>
    </message>
    <message>
        <source>Digits: type digits from 0 to 9, e.g. &quot;3, 7&quot; (or leave it empty for all ten), not &quot;{0}&quot;.</source>
        <translation>Цифры: введите цифры от 0 до 9, например &quot;3, 7&quot; (или оставьте пустым для всех десяти), а не &quot;{0}&quot;.</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>скорость обучения</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>эпохи</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>зерно</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>обучающие изображения</translation>
    </message>
    <message>
        <source>validation images</source>
        <translation>валидационные изображения</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>размер батча</translation>
    </message>
    <message>
        <source>The form cannot show hidden layers {0} (it allows {1} layers of up to {2} units).</source>
        <translation>Форма не может показать скрытые слои {0} (допускается слоёв: {1}, нейронов в слое: до {2}).</translation>
    </message>
    <message>
        <source>The form cannot show {0} = {1} (it allows {2} to {3}).</source>
        <translation>Форма не может показать {0} = {1} (допускается от {2} до {3}).</translation>
    </message>
    <message>
        <source>about {0} min of CPU time</source>
        <translation>около {0} мин процессорного времени</translation>
    </message>
    <message>
        <source>{0} preset chosen: press Start to train it (it took {1} when measured).</source>
        <translation>Выбрана готовая настройка «{0}»: нажмите «Старт», чтобы обучить её (при замере обучение заняло {1}).</translation>
    </message>
    <message>
        <source>Epoch {0}/{1} · batch {2}/{3}</source>
        <translation>Эпоха {0}/{1} · батч {2}/{3}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>пауза</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>осталось {0}</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Loss plot</source>
        <translation>График потерь</translation>
    </message>
    <message>
        <source>The loss: how wrong the network is (lower is better).
Faint: every batch. Dark: the average of the last batches.
Orange dots: the loss on validation images the network never trains on.
If the orange line rises while the blue one falls, the network is memorising.</source>
        <translation>Потери: насколько сеть ошибается (чем меньше, тем лучше).
Бледная: каждый батч. Тёмная: среднее последних батчей.
Оранжевые точки: потери на валидационных изображениях, на которых сеть не учится.
Если оранжевая линия растёт, а синяя падает, сеть запоминает.</translation>
    </message>
    <message>
        <source>Accuracy plot</source>
        <translation>График точности</translation>
    </message>
    <message>
        <source>The share of images the network reads correctly, after each epoch.
Green: validation images, which it never trains on.
Blue, dashed: its training images (up to 1,000 of them, undistorted).
If the blue line climbs towards 100% while the green one stays below,
the network is memorising its training images instead of learning digits.</source>
        <translation>Доля изображений, которые сеть читает верно, после каждой эпохи.
Зелёная: валидационные изображения, на которых сеть не учится.
Синяя пунктирная: её обучающие изображения (до 1&#xa0;000 штук, без искажений).
Если синяя линия поднимается к 100%, а зелёная остаётся ниже,
сеть запоминает обучающие изображения, а не учится читать цифры.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>потери</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>точность</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>эпоха</translation>
    </message>
    <message>
        <source>batch loss</source>
        <translation>потери батча</translation>
    </message>
    <message>
        <source>moving average</source>
        <translation>скользящее среднее</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>потери на валидации</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>точность на валидации</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>точность на обучении</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Лог. шкала</translation>
    </message>
    <message>
        <source>Logarithmic loss axis</source>
        <translation>Логарифмическая ось потерь</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: small improvements late in training
stay visible instead of hugging the bottom of the plot.</source>
        <translation>Показывать потери на логарифмической оси: небольшие улучшения в конце
обучения остаются видны, а не прижимаются ко дну графика.</translation>
    </message>
    <message>
        <source>Values under the mouse</source>
        <translation>Значения под курсором</translation>
    </message>
    <message>
        <source>Point at the curves to read their values.</source>
        <translation>Наведите курсор на кривые, чтобы прочитать значения.</translation>
    </message>
    <message>
        <source>lr {0:g}, momentum {1:g}</source>
        <translation>скорость {0:g}, импульс {1:g}</translation>
    </message>
    <message>
        <source>epoch &lt;b&gt;{0:.2f}&lt;/b&gt;</source>
        <translation>эпоха &lt;b&gt;{0:.2f}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>batch loss &lt;b&gt;{0:.4f}&lt;/b&gt;</source>
        <translation>потери батча &lt;b&gt;{0:.4f}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>average &lt;b&gt;{0:.4f}&lt;/b&gt;</source>
        <translation>среднее &lt;b&gt;{0:.4f}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>after epoch {0:g}: validation loss &lt;b&gt;{1:.4f}&lt;/b&gt;, accuracy &lt;b&gt;{2:.2f}%&lt;/b&gt;</source>
        <translation>после эпохи {0:g}: потери на валидации &lt;b&gt;{1:.4f}&lt;/b&gt;, точность &lt;b&gt;{2:.2f}%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>training accuracy &lt;b&gt;{0:.2f}%&lt;/b&gt;</source>
        <translation>точность на обучении &lt;b&gt;{0:.2f}%&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>Training stopped because of an error: {0}</source>
        <translation>Обучение остановлено из-за ошибки: {0}</translation>
    </message>
    <message>
        <source>Loading MNIST…</source>
        <translation>Загрузка MNIST…</translation>
    </message>
    <message>
        <source>Measuring the test accuracy…</source>
        <translation>Измерение точности на тесте…</translation>
    </message>
</context>
<context>
    <name>ValidationEvaluator</name>
    <message>
        <source>Could not read the validation set: {0}</source>
        <translation>Не удалось прочитать валидационную выборку: {0}</translation>
    </message>
</context>
<context>
    <name>WindowSettings</name>
    <message>
        <source>window size</source>
        <translation>размер окна</translation>
    </message>
    <message>
        <source>window layout</source>
        <translation>расположение окна</translation>
    </message>
    <message>
        <source>training settings</source>
        <translation>настройки обучения</translation>
    </message>
    <message>
        <source>pen width</source>
        <translation>толщина пера</translation>
    </message>
    <message>
        <source>loss axis</source>
        <translation>ось потерь</translation>
    </message>
    <message>
        <source>histogram axis</source>
        <translation>ось гистограмм</translation>
    </message>
    <message>
        <source>&quot;I don&apos;t know&quot; threshold</source>
        <translation>порог «не знаю»</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>температура</translation>
    </message>
</context>
<context>
    <name>WorkerWords</name>
    <message numerus="yes">
        <source>Training on %Ln image(s), validating on {0}…</source>
        <translation>
            <numerusform>Обучение на %Ln изображении, валидация на {0}…</numerusform>
            <numerusform>Обучение на %Ln изображениях, валидация на {0}…</numerusform>
            <numerusform>Обучение на %Ln изображениях, валидация на {0}…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>buglab</name>
    <message>
        <source>Sigmoid derivative with the wrong sign</source>
        <translation>Производная сигмоиды с неверным знаком</translation>
    </message>
    <message>
        <source>Every sigmoid flips the sign of the gradient passing through it. A tensor behind an odd number of sigmoids is pushed uphill, behind an even number the flips cancel: the gradient check fails exactly on the former.</source>
        <translation>Каждая сигмоида меняет знак проходящего через неё градиента. Тензор за нечётным числом сигмоид толкается в гору, за чётным — смены знака взаимно гасятся: проверка градиента не проходит именно на первых.</translation>
    </message>
    <message>
        <source>Sigmoid derivative of an output that is already a sigmoid</source>
        <translation>Производная сигмоиды от выхода, который уже прошёл через сигмоиду</translation>
    </message>
    <message>
        <source>The derivative is s(a)*(1-s(a)) of the activation a, always about 0.2-0.25, instead of a*(1-a). Saturated units (a near 0 or 1) keep passing gradient they should not; every gradient has the wrong size.</source>
        <translation>Производная равна s(a)*(1-s(a)) от активации a, всегда около 0,2–0,25, вместо a*(1-a). Насыщенные нейроны (a около 0 или 1) продолжают пропускать градиент, которого быть не должно; размер каждого градиента неверен.</translation>
    </message>
    <message>
        <source>(1 - sigmoid(a)) in place of a*(1-a)</source>
        <translation>(1 - sigmoid(a)) вместо a*(1-a)</translation>
    </message>
    <message>
        <source>The factor is 1 - s(a), between 0.27 and 0.5, instead of a*(1-a): about 1.5 times too large at best, and ever larger as a nears 0 or 1 (where a*(1-a) goes to 0). It is unrelated to the unit&apos;s slope, so the step does not point downhill and the loss jumps around.</source>
        <translation>Множитель равен 1 - s(a), от 0,27 до 0,5, вместо a*(1-a): в лучшем случае примерно в 1,5 раза больше, а когда a близко к 0 или 1 (где a*(1-a) стремится к 0), больше во сколько угодно раз. Он не связан с наклоном нейрона, поэтому шаг не направлен под гору и потери скачут.</translation>
    </message>
    <message>
        <source>Update adds the step instead of subtracting it</source>
        <translation>Обновление прибавляет шаг, а не вычитает</translation>
    </message>
    <message>
        <source>Gradient ascent: every step goes uphill and the loss rises. The gradient itself is right, so the gradient check passes; the update check fails.</source>
        <translation>Градиентный подъём: каждый шаг идёт в гору, и потери растут. Сам градиент верен, поэтому проверка градиента проходит; не проходит проверка обновления.</translation>
    </message>
</context>
<context>
    <name>data_import</name>
    <message>
        <source>Bundled MNIST ({0})</source>
        <translation>Встроенный MNIST ({0})</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}: no {1} (.gz) in this folder; choose a folder with the MNIST files, or the images file and then the labels file</source>
        <translation>{0}: в этой папке нет {1} (.gz); выберите папку с файлами MNIST или файл изображений, а затем файл меток</translation>
    </message>
    <message>
        <source>{0}: there is no label column, so it cannot be trained on (Kaggle&apos;s test.csv has none). Import train.csv, whose first column is the label.</source>
        <translation>{0}: нет столбца меток, поэтому на нём нельзя обучать (в test.csv из Kaggle его нет). Импортируйте train.csv, где первый столбец — метка.</translation>
    </message>
    <message>
        <source>{0}: no images after the header</source>
        <translation>{0}: после заголовка нет изображений</translation>
    </message>
    <message>
        <source>choose one CSV file, one folder, or an images file and a labels file</source>
        <translation>выберите один файл CSV, одну папку или файл изображений и файл меток</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{0}, line {1}</source>
        <translation>{0}, строка {1}</translation>
    </message>
    <message>
        <source>{0}: no such file (looked in {1})</source>
        <translation>{0}: такого файла нет (искали в {1})</translation>
    </message>
    <message>
        <source>{0}: cannot read file ({1})</source>
        <translation>{0}: не удаётся прочитать файл ({1})</translation>
    </message>
    <message>
        <source>{0}: not a valid gzip file ({1})</source>
        <translation>{0}: не файл gzip или он повреждён ({1})</translation>
    </message>
    <message>
        <source>{0}: truncated: expected {1} bytes of {2}, found {3}</source>
        <translation>{0}: файл обрезан: {2} — ожидалось байт: {1}, найдено: {3}</translation>
    </message>
    <message>
        <source>{0}: too short to be an IDX file ({1} bytes)</source>
        <translation>{0}: слишком короткий для файла IDX (байт: {1})</translation>
    </message>
    <message>
        <source>{0}: bad magic number {1} (expected 0x00000801, 0x00000802 or 0x00000803 for an IDX file of unsigned bytes); this IDX file holds {2}</source>
        <translation>{0}: неверное магическое число {1} (для файла IDX из байтов без знака ожидается 0x00000801, 0x00000802 или 0x00000803); в этом файле IDX хранится {2}</translation>
    </message>
    <message>
        <source>{0}: bad magic number {1} (expected 0x00000801, 0x00000802 or 0x00000803 for an IDX file of unsigned bytes)</source>
        <translation>{0}: неверное магическое число {1} (для файла IDX из байтов без знака ожидается 0x00000801, 0x00000802 или 0x00000803)</translation>
    </message>
    <message>
        <source>{0}: truncated: the header needs {1} bytes for {2} dimension(s), found {3}</source>
        <translation>{0}: файл обрезан: заголовку нужно байт: {1} (измерений: {2}), найдено: {3}</translation>
    </message>
    <message>
        <source>label data</source>
        <translation>данные меток</translation>
    </message>
    <message>
        <source>pixel data</source>
        <translation>данные пикселей</translation>
    </message>
    <message>
        <source>{0}: the header declares {1} bytes of {2} (shape {3}), more than digitdesk reads ({4})</source>
        <translation>{0}: заголовок объявляет {2} (форма {3}), байт: {1} — больше, чем читает digitdesk ({4})</translation>
    </message>
    <message>
        <source>{0}: the header declares {1} bytes of {2} in a {3}-byte .gz file, {4} times larger; digit images compress about 5 times, so this file is refused as damaged or a decompression bomb</source>
        <translation>{0}: заголовок объявляет {2} (байт: {1}) в файле .gz, где всего байт: {3}, — сжатие {4} : 1; изображения цифр сжимаются примерно в 5 раз, поэтому файл отклонён как повреждённый или «zip-бомба»</translation>
    </message>
    <message>
        <source>{0}: {1} unexpected extra bytes after the {2} bytes of {3} (shape {4})</source>
        <translation>{0}: после {3} (форма {4}; байт: {2}) идут лишние байты: {1}</translation>
    </message>
    <message>
        <source>{0}: expected images of N x 28 x 28 pixels, found dimensions {1}</source>
        <translation>{0}: ожидались изображения N x 28 x 28 пикселей, найдены размеры {1}</translation>
    </message>
    <message>
        <source>{0}: expected a 1-dimensional list of labels, found dimensions {1}</source>
        <translation>{0}: ожидался одномерный список меток, найдены размеры {1}</translation>
    </message>
    <message>
        <source>{0}: {1} images but {2} has {3} labels</source>
        <translation>{0}: изображений {1}, а в {2} меток {3}</translation>
    </message>
    <message>
        <source>{0}: holds no images (its header says 0), so there is nothing to train on</source>
        <translation>{0}: нет ни одного изображения (в заголовке 0), обучать не на чем</translation>
    </message>
    <message>
        <source>{0}: label {1} out of range 0-9 at index {2}</source>
        <translation>{0}: метка {1} вне диапазона 0-9 (индекс {2})</translation>
    </message>
    <message>
        <source>{0}: not a text file (could not decode it as UTF-8)</source>
        <translation>{0}: не текстовый файл (не удаётся декодировать как UTF-8)</translation>
    </message>
    <message>
        <source>{0}: file is empty</source>
        <translation>{0}: файл пуст</translation>
    </message>
    <message>
        <source>{0}: could not read the rows from here to line {1}</source>
        <translation>{0}: не удалось прочитать строки отсюда до строки {1}</translation>
    </message>
    <message>
        <source>{0}: missing header row: line 1 starts with a number; expected &apos;label,pixel0,...,pixel783&apos; or &apos;pixel0,...,pixel783&apos;</source>
        <translation>{0}: нет строки заголовка: строка 1 начинается с числа; ожидается &apos;label,pixel0,...,pixel783&apos; или &apos;pixel0,...,pixel783&apos;</translation>
    </message>
    <message>
        <source>{0}: the columns are separated by {1}, not by commas; expected &apos;label,pixel0,...,pixel783&apos; (save the file as comma-separated values)</source>
        <translation>{0}: столбцы разделены символом {1}, а не запятыми; ожидается &apos;label,pixel0,...,pixel783&apos; (сохраните файл как CSV с разделителем-запятой)</translation>
    </message>
    <message>
        <source>{0}: columns in the header: {1}, the first &apos;{2}&apos;; expected &apos;label,pixel0,...,pixel783&apos; (785 columns) or &apos;pixel0,...,pixel783&apos; (784 columns)</source>
        <translation>{0}: столбцов в заголовке: {1}, первый — &apos;{2}&apos;; ожидается &apos;label,pixel0,...,pixel783&apos; (785 столбцов) или &apos;pixel0,...,pixel783&apos; (784 столбца)</translation>
    </message>
    <message>
        <source>{0}: empty line</source>
        <translation>{0}: пустая строка</translation>
    </message>
    <message>
        <source>{0}: values on the line: {1}, expected {2}. The file ends in the middle of this line: it was cut short. Delete this line, or copy the whole file again</source>
        <translation>{0}: значений в строке: {1}, ожидается {2}. Файл обрывается посреди этой строки: он обрезан. Удалите эту строку или скопируйте файл целиком заново</translation>
    </message>
    <message>
        <source>{0}: values on the line: {1}, expected {2}</source>
        <translation>{0}: значений в строке: {1}, ожидается {2}</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a whole number</source>
        <translation>{0}: &apos;{1}&apos; — не целое число</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a number</source>
        <translation>{0}: &apos;{1}&apos; — не число</translation>
    </message>
    <message>
        <source>{0}: label {1} out of range 0-9</source>
        <translation>{0}: метка {1} вне диапазона 0-9</translation>
    </message>
    <message>
        <source>{0}: pixel value {1} out of range 0-255</source>
        <translation>{0}: значение пикселя {1} вне диапазона 0-255</translation>
    </message>
    <message>
        <source>{0}: MNIST data file not found. The data folder is missing or incomplete: looked in {1}</source>
        <translation>{0}: файл данных MNIST не найден. Папка данных отсутствует или неполна: искали в {1}</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}: такого файла нет</translation>
    </message>
    <message>
        <source>{0}: no such file ({1})</source>
        <translation>{0}: такого файла нет ({1})</translation>
    </message>
    <message>
        <source>{0}: is a folder, not a model file</source>
        <translation>{0}: это папка, а не файл модели</translation>
    </message>
    <message>
        <source>{0}: cannot be read ({1})</source>
        <translation>{0}: не удаётся прочитать ({1})</translation>
    </message>
    <message>
        <source>{0}: the file is empty</source>
        <translation>{0}: файл пуст</translation>
    </message>
    <message>
        <source>{0}: not a digitdesk model (not an .npz archive)</source>
        <translation>{0}: не модель digitdesk (не архив .npz)</translation>
    </message>
    <message>
        <source>{0}: not a digitdesk model (no metadata entry)</source>
        <translation>{0}: не модель digitdesk (нет записи metadata)</translation>
    </message>
    <message>
        <source>{0}: a file of handwriting digits kept with Keep as, not a model. The app shows the digits it keeps in My handwriting; to fine-tune a model on this file: digitdesk finetune MODEL.npz --personal FOLDER (the folder this file is in).</source>
        <translation>{0}: файл рукописных цифр, сохранённых кнопкой «Запомнить как», а не модель. Сохранённые цифры приложение показывает во вкладке «Мой почерк»; чтобы дообучить модель на этом файле: digitdesk finetune MODEL.npz --personal FOLDER (папка, в которой лежит этот файл).</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>the metadata is not one text entry (it is {0} of shape {1})</source>
        <translation>метаданные — не одна текстовая запись (это {0} формы {1})</translation>
    </message>
    <message>
        <source>the metadata claims {0:,} characters, more than a model&apos;s metadata ever holds ({1:,})</source>
        <translation>метаданные заявляют длину в {0:,} симв. — больше, чем бывает в метаданных модели ({1:,})</translation>
    </message>
    <message>
        <source>{0}: the metadata cannot be read ({1})</source>
        <translation>{0}: метаданные не удаётся прочитать ({1})</translation>
    </message>
    <message>
        <source>{0}: not a digitdesk model (the metadata does not say {1})</source>
        <translation>{0}: не модель digitdesk (в метаданных нет {1})</translation>
    </message>
    <message>
        <source>{0}: bad format version {1}</source>
        <translation>{0}: неверная версия формата {1}</translation>
    </message>
    <message>
        <source>{0}: made by a newer digitdesk (format version {1}; this version reads up to {2})</source>
        <translation>{0}: создан более новой версией digitdesk (версия формата {1}; эта версия читает до {2})</translation>
    </message>
    <message>
        <source>they are not a list of named values</source>
        <translation>это не список именованных значений</translation>
    </message>
    <message>
        <source>{0}: invalid training settings in the metadata: {1}</source>
        <translation>{0}: недопустимые настройки обучения в метаданных: {1}</translation>
    </message>
    <message>
        <source>{0}: layers {1} would have {2:,} weights, more than digitdesk opens ({3:,})</source>
        <translation>{0}: у слоёв {1} было бы весов: {2:,} — больше, чем открывает digitdesk ({3:,})</translation>
    </message>
    <message>
        <source>{0}: layers {1} would compute {2:,} values for each image, more than digitdesk opens ({3:,})</source>
        <translation>{0}: слои {1} вычисляли бы значений на изображение: {2:,} — больше, чем открывает digitdesk ({3:,})</translation>
    </message>
    <message>
        <source>{0}: missing array {1}</source>
        <translation>{0}: нет массива {1}</translation>
    </message>
    <message>
        <source>{0}: unexpected arrays {1}</source>
        <translation>{0}: лишние массивы {1}</translation>
    </message>
    <message>
        <source>{0}: {1} has shape {2}, expected {3} for layers {4}</source>
        <translation>{0}: у {1} форма {2}, а для слоёв {4} нужна {3}</translation>
    </message>
    <message>
        <source>{0}: {1} has type {2}, expected floating point</source>
        <translation>{0}: у {1} тип {2}, ожидались числа с плавающей точкой</translation>
    </message>
    <message>
        <source>{0}: {1} contains non-finite values (NaN or infinity)</source>
        <translation>{0}: {1} содержит не конечные значения (NaN или бесконечность)</translation>
    </message>
    <message>
        <source>{0}: the metadata&apos;s {1} is not text</source>
        <translation>{0}: {1} в метаданных — не текст</translation>
    </message>
    <message>
        <source>{0}: the weights are so large that the network&apos;s outputs overflow: it predicts no number at all (NaN) for test images, so it cannot be used</source>
        <translation>{0}: веса так велики, что выходы сети переполняются: для тестовых изображений она не выдаёт ни одного числа (NaN), поэтому её нельзя использовать</translation>
    </message>
    <message>
        <source>{0} is {1} {2}, expected {3}</source>
        <translation>{0} — {1} {2}, а ожидается {3}</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>логическое значение (да/нет)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>null</source>
        <translation>пустое значение</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>{0}: the history&apos;s {1} is not a list of numbers</source>
        <translation>{0}: {1} в истории — не список чисел</translation>
    </message>
    <message>
        <source>{0}: the history&apos;s {1} holds {2} values</source>
        <translation>{0}: {1} в истории содержит значения {2}</translation>
    </message>
    <message>
        <source>{0}: the history is not a set of named curves</source>
        <translation>{0}: история — не набор именованных кривых</translation>
    </message>
    <message>
        <source>{0}: the history has {1:,} batch positions but {2:,} batch losses</source>
        <translation>{0}: в истории позиций батчей: {1:,}, а потерь батчей: {2:,}</translation>
    </message>
    <message>
        <source>{0}: the model facts (&apos;info&apos;) are not a set of named values</source>
        <translation>{0}: сведения о модели (&apos;info&apos;) — не набор именованных значений</translation>
    </message>
    <message>
        <source>{0}: the model fact {1} is {2} {3}, expected {4}</source>
        <translation>{0}: сведение о модели {1} — {2} {3}, ожидалось {4}</translation>
    </message>
    <message>
        <source>{0}: the model fact {1} is not a plain value</source>
        <translation>{0}: сведение о модели {1} — не простое значение</translation>
    </message>
    <message>
        <source>{0}: the test accuracy {1} is not between 0 and 1</source>
        <translation>{0}: точность на тесте {1} не между 0 и 1</translation>
    </message>
    <message>
        <source>not a list of runs</source>
        <translation>это не список запусков</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>это не текст</translation>
    </message>
    <message>
        <source>{0} could not be read ({1}); starting a new list</source>
        <translation>Не удалось прочитать {0} ({1}); начинается новый список</translation>
    </message>
    <message>
        <source>Runs in {1} that could not be read (made by a newer digitdesk, or damaged) were dropped to make room for new runs, the oldest first (the list keeps the last {2}): {0} dropped, {3} still kept in the file</source>
        <translation>Запуски в {1}, которые не удалось прочитать (созданы более новой версией digitdesk или повреждены), удалены, начиная с самых старых, чтобы освободить место для новых запусков (в списке хранятся последние {2}): удалено {0}, в файле ещё хранится {3}</translation>
    </message>
    <message>
        <source>{0} of the runs in {1} could not be read (made by a newer digitdesk, or damaged): they are not shown here, and are kept in the file while the list has room for them (they count toward its last {2} runs; a run it can read is never dropped for them)</source>
        <translation>Не удалось прочитать запусков в {1}: {0} (созданы более новой версией digitdesk или повреждены): они здесь не показаны и сохраняются в файле, пока в списке есть для них место (они учитываются в числе последних запусков, которых в списке хранится {2}; читаемый запуск ради них никогда не удаляется)</translation>
    </message>
    <message>
        <source>comma-separated layers, e.g. conv32x5,pool2,conv64x5,pool2,dense128: convNxK (N filters of K x K pixels; add &apos;same&apos; to keep the size), poolK (K x K max pooling), denseN (N units), dropoutR (rate R, e.g. 0.25)</source>
        <translation>слои через запятую, например conv32x5,pool2,conv64x5,pool2,dense128: convNxK (N фильтров K x K пикселей; добавьте same, чтобы сохранить размер), poolK (max-пулинг K x K), denseN (N нейронов), dropoutR (доля R, например 0,25)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a layer: separate layers with commas</source>
        <translation>«{0}» — не слой: разделяйте слои запятыми</translation>
    </message>
    <message>
        <source>{0}: the dropout rate must be in [0, 1), not {1}</source>
        <translation>{0}: доля dropout должна быть в [0; 1), а не {1}</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>число фильтров</translation>
    </message>
    <message>
        <source>block size</source>
        <translation>размер блока</translation>
    </message>
    <message>
        <source>units</source>
        <translation>число нейронов</translation>
    </message>
    <message>
        <source>{0}: {1} must be at least 1, not {2}</source>
        <translation>{0}: {1} должно быть не меньше 1, а не {2}</translation>
    </message>
    <message>
        <source>{0}: the kernel must be at least 1 pixel</source>
        <translation>{0}: ядро должно быть не меньше 1 пикселя</translation>
    </message>
    <message>
        <source>{0}: &apos;same&apos; padding needs an odd kernel (3, 5, ...)</source>
        <translation>{0}: для дополнения same нужно нечётное ядро (3, 5, ...)</translation>
    </message>
    <message>
        <source>an empty name is not a layer; {0}</source>
        <translation>пустое имя — не слой; {0}</translation>
    </message>
    <message>
        <source>{0} is not a layer; {1}</source>
        <translation>{0} — не слой; {1}</translation>
    </message>
    <message>
        <source>{0} needs an image input</source>
        <translation>{0}: нужен вход-изображение</translation>
    </message>
    <message>
        <source>{0} comes after a dense layer: convolution and pooling layers go first, while the input is still an image</source>
        <translation>{0} стоит после полносвязного слоя: свёрточные слои и слои пулинга идут первыми, пока вход ещё изображение</translation>
    </message>
    <message>
        <source>{0}: a {1}x{1} kernel does not fit its {2}x{3} input</source>
        <translation>{0}: ядро {1}x{1} не помещается во вход {2}x{3}</translation>
    </message>
    <message>
        <source>{0}: a {1}x{1} block does not fit its {2}x{3} input</source>
        <translation>{0}: блок {1}x{1} не помещается во вход {2}x{3}</translation>
    </message>
    <message>
        <source>unknown bug {0}; choose from {1}</source>
        <translation>неизвестная ошибка {0}; выберите из: {1}</translation>
    </message>
    <message>
        <source>bugs {0} and {1} cannot be on together: both replace the sigmoid&apos;s derivative</source>
        <translation>ошибки {0} и {1} нельзя включить вместе: обе заменяют производную сигмоиды</translation>
    </message>
    <message>
        <source>bug {0} changes the sigmoid&apos;s derivative, but this network has no sigmoid (use a sigmoid activation or head)</source>
        <translation>ошибка {0} меняет производную сигмоиды, но в этой сети нет сигмоиды (выберите сигмоиду как активацию или выход)</translation>
    </message>
    <message>
        <source>hidden sizes {0} do not match the dense layers of {1}; give one or the other</source>
        <translation>размеры скрытых слоёв {0} не совпадают с полносвязными слоями {1}; укажите что-то одно</translation>
    </message>
    <message>
        <source>{0} must be one of {1}, not {2}</source>
        <translation>{0} должно быть одним из: {1}, а не {2}</translation>
    </message>
    <message>
        <source>hidden layer sizes must be at least 1, not {0}</source>
        <translation>размеры скрытых слоёв должны быть не меньше 1, а не {0}</translation>
    </message>
    <message>
        <source>learning rate must be a positive number, not {0}</source>
        <translation>скорость обучения должна быть положительным числом, а не {0}</translation>
    </message>
    <message>
        <source>momentum must be in [0, 1), not {0}</source>
        <translation>импульс должен быть в [0; 1), а не {0}</translation>
    </message>
    <message>
        <source>batch size must be at least 1 (or full batch), not {0}</source>
        <translation>размер батча должен быть не меньше 1 (или полный батч), а не {0}</translation>
    </message>
    <message>
        <source>epochs must be at least 1, not {0}</source>
        <translation>эпох должно быть не меньше 1, а не {0}</translation>
    </message>
    <message>
        <source>L2 must be a number &gt;= 0, not {0}</source>
        <translation>L2 должно быть числом &gt;= 0, а не {0}</translation>
    </message>
    <message>
        <source>seed must be from 0 to {0}, not {1}</source>
        <translation>зерно должно быть от 0 до {0}, а не {1}</translation>
    </message>
    <message>
        <source>training-subset size must be at least 1, not {0}</source>
        <translation>число обучающих изображений должно быть не меньше 1, а не {0}</translation>
    </message>
    <message>
        <source>validation size must be &gt;= 0, not {0}</source>
        <translation>число валидационных изображений должно быть &gt;= 0, а не {0}</translation>
    </message>
    <message>
        <source>digits must be from 0 to 9, not {0}</source>
        <translation>цифры должны быть от 0 до 9, а не {0}</translation>
    </message>
    <message>
        <source>choose at least two digits to tell apart, not {0}</source>
        <translation>выберите хотя бы две цифры, чтобы их различать, а не {0}</translation>
    </message>
    <message>
        <source>pen styles: choose one or more of the digits {0}, not {1}</source>
        <translation>почерки: выберите одну или несколько цифр из {0}, а не {1}</translation>
    </message>
    <message>
        <source>unknown training settings: {0}</source>
        <translation>неизвестные настройки обучения: {0}</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} или {1}</translation>
    </message>
    <message>
        <source>the file is truncated or corrupt ({0})</source>
        <translation>файл обрезан или повреждён ({0})</translation>
    </message>
    <message>
        <source>the archive holds {0:,} entries, not a model&apos;s few</source>
        <translation>записей в архиве: {0:,}, а у модели их всего несколько</translation>
    </message>
    <message>
        <source>the archive holds two entries named {0}</source>
        <translation>в архиве две записи с именем {0}</translation>
    </message>
    <message>
        <source>{0} is truncated: {1:,} of {2:,} bytes of data</source>
        <translation>{0} обрезан: байт данных {1:,} из {2:,}</translation>
    </message>
    <message>
        <source>{0} has data after its {1:,} bytes</source>
        <translation>у {0} есть данные сверх его размера (байт: {1:,})</translation>
    </message>
    <message>
        <source>{0} cannot be read ({1})</source>
        <translation>{0} не читается ({1})</translation>
    </message>
    <message>
        <source>{0} is truncated: its header declares {1:,} bytes, the archive holds {2:,}</source>
        <translation>{0} обрезан: байт по заголовку {1:,}, а в архиве {2:,}</translation>
    </message>
    <message>
        <source>{0} declares {1:,} bytes from {2:,} compressed ones: refused as damaged or a decompression bomb</source>
        <translation>{0} заявляет байт: {1:,}, а сжатых всего {2:,}: отказано как повреждённому файлу или «бомбе распаковки»</translation>
    </message>
    <message>
        <source>unknown .npy format version {0}</source>
        <translation>неизвестная версия формата .npy: {0}</translation>
    </message>
    <message>
        <source>contains pickled objects, which digitdesk never loads</source>
        <translation>содержит объекты pickle, которые digitdesk никогда не загружает</translation>
    </message>
    <message>
        <source>it is password-protected, which model files never are</source>
        <translation>он защищён паролем, а файлы моделей такими не бывают</translation>
    </message>
    <message>
        <source>it is compressed in a way this Python cannot read: {0}</source>
        <translation>он сжат способом, который этот Python не читает: {0}</translation>
    </message>
    <message>
        <source>not a complete zip archive: its end is missing</source>
        <translation>zip-архив неполный: его конец отсутствует</translation>
    </message>
    <message>
        <source>its data does not match its checksum</source>
        <translation>данные не совпадают с контрольной суммой</translation>
    </message>
    <message>
        <source>an entry&apos;s header is damaged</source>
        <translation>заголовок одной из записей повреждён</translation>
    </message>
    <message>
        <source>its compressed data is damaged</source>
        <translation>сжатые данные повреждены</translation>
    </message>
    <message>
        <source>the zip library says: {0}</source>
        <translation>библиотека zip сообщает: {0}</translation>
    </message>
    <message>
        <source>{0} is not a number JSON allows</source>
        <translation>{0} — не число, допустимое в JSON</translation>
    </message>
    <message>
        <source>the number {0} is too large</source>
        <translation>число {0} слишком велико</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>слишком глубокая вложенность</translation>
    </message>
    <message>
        <source>bad JSON at line {0}, column {1}</source>
        <translation>ошибка в JSON в строке {0}, столбце {1}</translation>
    </message>
    <message>
        <source>the start of training</source>
        <translation>на начало обучения</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>потери</translation>
    </message>
    <message>
        <source>before batch {0} of epoch {1}</source>
        <translation>перед батчем {0} эпохи {1}</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>потери на валидации</translation>
    </message>
    <message>
        <source>the end of epoch {0}</source>
        <translation>на конец эпохи {0}</translation>
    </message>
    <message>
        <source>the {0} became {1}</source>
        <translation>{0}: значение стало {1}</translation>
    </message>
    <message>
        <source>the {0} exploded to {1:.3g}, more than {2} times the first loss of this run ({3:.3g})</source>
        <translation>{0}: взрывной рост до {1:.3g} — больше, чем первые потери этого запуска ({3:.3g}), умноженные на {2}</translation>
    </message>
    <message>
        <source>Training stopped at epoch {0}, batch {1}: {2}. The weights from {3}, the last good ones, were restored. Try a smaller learning rate (it was {4:g}), or mean instead of summed gradients.</source>
        <translation>Обучение остановлено в эпохе {0} на батче {1}: {2}. Восстановлены последние хорошие веса ({3}). Попробуйте скорость обучения поменьше (была {4:g}) или среднее градиентов вместо суммы.</translation>
    </message>
    <message>
        <source>Training stopped at epoch {0}, batch {1}: {2}. The weights from {3}, the last good ones, were restored. Try a smaller learning rate (it was {4:g}).</source>
        <translation>Обучение остановлено в эпохе {0} на батче {1}: {2}. Восстановлены последние хорошие веса ({3}). Попробуйте скорость обучения поменьше (была {4:g}).</translation>
    </message>
    <message>
        <source>validation size {0:,} leaves no training rows (there are {1:,})</source>
        <translation>размер валидации {0:,}: для обучения не остаётся изображений (всего их {1:,})</translation>
    </message>
    <message>
        <source>training-subset size {0:,} is more than the {1:,} rows left after holding out {2:,} for validation</source>
        <translation>обучающих изображений {0:,} — больше, чем остаётся строк ({1:,}) после того, как для валидации отложено {2:,}</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>The loss blew up</source>
        <translation>Потери взорвались</translation>
    </message>
    <message>
        <source>The loss exploded (to over a thousand times where it started, or to infinity or NaN): the steps were so large that the weights blew up. Training stopped and the last good weights were restored. Take smaller steps: learning rate {new_lr:g} instead of {lr:g}{sum_note}.</source>
        <translation>Потери взорвались (выросли более чем в тысячу раз от начального значения или стали бесконечностью или NaN): шаги были так велики, что веса взорвались. Обучение остановлено, восстановлены последние хорошие веса. Делайте шаги меньше: скорость обучения {new_lr:g} вместо {lr:g}{sum_note}.</translation>
    </message>
    <message>
        <source>, and the mean instead of the sum of the gradients</source>
        <translation>, и среднее вместо суммы градиентов</translation>
    </message>
    <message>
        <source>Lower the learning rate</source>
        <translation>Снизить скорость обучения</translation>
    </message>
    <message>
        <source>In {share:.0%} of the last {points} {unit} the loss rose by more than a quarter of where it started ({first:.3g}); it ranged from {low:.3g} to {high:.3g}. Each step overshoots the valley and lands on the other side. With summed gradients the step grows with the batch: learning rate {lr:g} on the sum of {batch} examples. Average the gradients, over mini-batches.</source>
        <translation>Среди последних {unit} (их {points}) в {share:.0%} случаев потери выросли больше чем на четверть от начального значения ({first:.3g}); они менялись от {low:.3g} до {high:.3g}. Каждый шаг перескакивает долину и попадает на другой склон. С суммой градиентов шаг растёт вместе с батчем: скорость обучения {lr:g} применяется к сумме градиентов за батч ({batch}). Усредняйте градиенты по мини-батчам.</translation>
    </message>
    <message>
        <source>Mean gradient, mini-batches</source>
        <translation>Средний градиент, мини-батчи</translation>
    </message>
    <message>
        <source>In {share:.0%} of the last {points} {unit} the loss rose by more than a quarter of where it started ({first:.3g}); it ranged from {low:.3g} to {high:.3g}. Each step overshoots the valley and lands on the other side: learning rate {lr:g} is too large for this network and batch. Try {new_lr:g}.</source>
        <translation>Среди последних {unit} (их {points}) в {share:.0%} случаев потери выросли больше чем на четверть от начального значения ({first:.3g}); они менялись от {low:.3g} до {high:.3g}. Каждый шаг перескакивает долину и попадает на другой склон: скорость обучения {lr:g} слишком велика для этой сети и батча. Попробуйте {new_lr:g}.</translation>
    </message>
    <message>
        <source>The loss jumps up and down</source>
        <translation>Потери скачут вверх и вниз</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>шагов</translation>
    </message>
    <message>
        <source>blocks of {0} batches</source>
        <translation>блоков (батчей в каждом: {0})</translation>
    </message>
    <message>
        <source>all training</source>
        <translation>вся обучающая выборка</translation>
    </message>
    <message>
        <source>higher than the {0:.3g} it started at: the first steps made it worse</source>
        <translation>выше начальных {0:.3g}: первые шаги их ухудшили</translation>
    </message>
    <message>
        <source>it started at {0:.3g}</source>
        <translation>начинали с {0:.3g}</translation>
    </message>
    <message>
        <source>The loss stopped moving: units are saturated</source>
        <translation>Потери перестали меняться: нейроны насыщены</translation>
    </message>
    <message>
        <source>Turn the bugs off</source>
        <translation>Выключить ошибки</translation>
    </message>
    <message>
        <source>Over the last {points} batches the loss changed by {change:.2%}, while it is still at {level:.3g} ({started}). Most sigmoid outputs sit at their limits ({layers}), where almost no gradient flows back. The bug-lab switches ({bugs}) drove them there: the steps do not go downhill.</source>
        <translation>За последние батчи (их {points}) потери изменились на {change:.2%}, хотя всё ещё равны {level:.3g} ({started}). Большинство выходов сигмоид стоят у своих пределов ({layers}), откуда градиент почти не проходит назад. Туда их загнали переключатели лаборатории ошибок ({bugs}): шаги не идут под гору.</translation>
    </message>
    <message>
        <source>Over the last {points} batches the loss changed by {change:.2%}, while it is still at {level:.3g} ({started}). Most sigmoid/tanh outputs sit at their limits ({layers}), where the slope y(1-y) is about 0 and almost no gradient flows back. The initialisation (uniform(-1, 1) over 784 inputs saturates at once) or a summed gradient (a step as large as the batch) put them there: use Xavier/He initialisation, the mean gradient and mini-batches.</source>
        <translation>За последние батчи (их {points}) потери изменились на {change:.2%}, хотя всё ещё равны {level:.3g} ({started}). Большинство выходов сигмоид и tanh стоят у своих пределов ({layers}), где наклон y(1-y) около 0 и градиент почти не проходит назад. Туда их загнала инициализация (uniform(-1, 1) на 784 входах насыщает сразу) или сумма градиентов (шаг растёт вместе с размером батча): используйте инициализацию Ксавье или Хе, средний градиент и мини-батчи.</translation>
    </message>
    <message>
        <source>Xavier/He, mean gradient, mini-batches</source>
        <translation>Ксавье/Хе, средний градиент, мини-батчи</translation>
    </message>
    <message>
        <source>The weights barely move</source>
        <translation>Веса почти не меняются</translation>
    </message>
    <message>
        <source>Over the last {points} batches the loss changed by {change:.2%}, and each step changes the weights by at most {ratio:.1e} of their size (about 1e-3 is healthy). The learning rate {lr:g} is too small for this network: try {new_lr:g}.</source>
        <translation>За последние батчи (их {points}) потери изменились на {change:.2%}, а каждый шаг меняет веса не более чем на {ratio:.1e} от их величины (около 1e-3 — норма). Скорость обучения {lr:g} слишком мала для этой сети: попробуйте {new_lr:g}.</translation>
    </message>
    <message>
        <source>Raise the learning rate</source>
        <translation>Повысить скорость обучения</translation>
    </message>
    <message>
        <source>Many ReLUs are dead</source>
        <translation>Многие ReLU мертвы</translation>
    </message>
    <message>
        <source>{layers} of the ReLU units output 0 for every image of the batch, so their gradient is 0 and they cannot learn again. Large steps push their inputs below 0 for good: lower the learning rate to {new_lr:g}, or use leaky ReLU, which keeps a small slope.</source>
        <translation>Доля нейронов ReLU, которые выдают 0 на каждом изображении батча: {layers}. Их градиент равен 0, и они больше не могут учиться. Большие шаги навсегда загнали их входы ниже 0: снизьте скорость обучения до {new_lr:g} или используйте leaky ReLU, у которой остаётся небольшой наклон.</translation>
    </message>
    <message>
        <source>Lower the learning rate, leaky ReLU</source>
        <translation>Снизить скорость обучения, leaky ReLU</translation>
    </message>
    <message>
        <source>Bug-lab switches are on</source>
        <translation>Переключатели лаборатории ошибок включены</translation>
    </message>
    <message>
        <source>The engine is deliberately broken ({bugs}): the gradient check or the update check shows where. Turn the switches off for the correct engine.</source>
        <translation>Движок сломан нарочно ({bugs}): проверка градиента или проверка обновления покажет где. Выключите переключатели, чтобы получить правильный движок.</translation>
    </message>
    <message>
        <source>A class regressed as a number</source>
        <translation>Класс регрессируется как число</translation>
    </message>
    <message>
        <source>The head predicts one number, label/10, with squared error. Digits are classes, not quantities: a 4 is not &apos;between&apos; a 3 and a 5, and an output halfway between two digits is rewarded. Use softmax with cross-entropy: one output per digit.</source>
        <translation>Выходной слой предсказывает одно число, label/10, с квадратичной ошибкой. Цифры — классы, а не количества: 4 не лежит «между» 3 и 5, а выход посередине между двумя цифрами поощряется. Используйте softmax с перекрёстной энтропией: по выходу на цифру.</translation>
    </message>
    <message>
        <source>Softmax + cross-entropy</source>
        <translation>Softmax + перекрёстная энтропия</translation>
    </message>
    <message>
        <source>Full batch with summed gradients</source>
        <translation>Полный батч с суммой градиентов</translation>
    </message>
    <message>
        <source>Every training row is in one step and the gradients are added up, so the step grows with the data: {size}. A learning rate that works for a few rows overshoots for many. Average the gradient (mean) and use mini-batches.</source>
        <translation>Все обучающие строки входят в один шаг, а градиенты складываются, поэтому шаг растёт вместе с данными: {size}. Скорость обучения, которая работает на немногих строках, на многих перескакивает минимум. Усредняйте градиент (mean) и используйте мини-батчи.</translation>
    </message>
    <message>
        <source>learning rate {0:g} x {1:,} rows, as large as a step of learning rate {2:g} on the mean gradient</source>
        <translation>скорость обучения {0:g} x число строк ({1:,}): такой же шаг, как со скоростью обучения {2:g} по среднему градиенту</translation>
    </message>
    <message>
        <source>learning rate x number of rows</source>
        <translation>скорость обучения x число строк</translation>
    </message>
    <message>
        <source>Mean gradient, mini-batches of 64</source>
        <translation>Средний градиент, мини-батчи по 64</translation>
    </message>
    <message>
        <source>layer {0}: {1:.0%}</source>
        <translation>слой {0}: {1:.0%}</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} и {1}</translation>
    </message>
</context>
<context>
    <name>replays</name>
    <message>
        <source>000: the loss that stops moving</source>
        <translation>000: потери, которые перестали меняться</translation>
    </message>
    <message>
        <source>784-250-1, sigmoid everywhere, weights uniform(-1, 1), no biases, the label/10 regressed through one sigmoid with squared error, every one of 3,000 rows in one step, gradients summed, learning rate 0.1. After the first step the loss does not change at all, whatever the learning rate or the hidden size.</source>
        <translation>784-250-1, сигмоида везде, веса uniform(-1, 1), без смещений, label/10 регрессируется через одну сигмоиду с квадратичной ошибкой, все 3&#xa0;000 строк за один шаг, градиенты суммируются, скорость обучения 0,1. После первого шага потери не меняются вовсе, какими бы ни были скорость обучения или размер скрытого слоя.</translation>
    </message>
    <message>
        <source>The loss curve goes flat after one step. Saturated units: most hidden sigmoids (about 60%) and the single output (100%) sit at 0 or 1, where y(1-y) is about 0 and no gradient flows back. Validation accuracy stays at chance (about 10%).</source>
        <translation>Кривая потерь становится плоской после одного шага. Насыщенные нейроны: большинство скрытых сигмоид (около 60%) и единственный выход (100%) стоят в 0 или 1, где y(1-y) около 0 и градиент назад не проходит. Точность на валидации остаётся на уровне случайного угадывания (около 10%).</translation>
    </message>
    <message>
        <source>The summed gradient of 3,000 rows makes the first step 3,000 times too large: it throws the output sigmoid to 1 for every image, and uniform(-1, 1) over 784 inputs has already saturated the hidden ones. The fixed twin uses the mean gradient, mini-batches of 64, Xavier initialisation and biases, and softmax with cross-entropy (a class is not a number to regress): about 90% in 10 epochs.</source>
        <translation>Сумма градиентов 3&#xa0;000 строк делает первый шаг в 3&#xa0;000 раз больше нужного: он отбрасывает выходную сигмоиду в 1 на каждом изображении, а uniform(-1, 1) на 784 входах уже насытила скрытые нейроны. Исправленный двойник использует средний градиент, мини-батчи по 64, инициализацию Xavier и смещения, softmax с перекрёстной энтропией (класс — не число для регрессии): около 90% за 10 эпох.</translation>
    </message>
    <message>
        <source>001: gradients by numerical differentiation</source>
        <translation>001: градиенты численным дифференцированием</translation>
    </message>
    <message>
        <source>784-50-10, ReLU, softmax and cross-entropy, mini-batches of 100, learning rate 0.001, weights normal(0, 0.01), 1,000 steps, every gradient computed by central differences: two forward passes for each of the 39,760 parameters, every step. It learned, very slowly.</source>
        <translation>784-50-10, ReLU, softmax и перекрёстная энтропия, мини-батчи по 100, скорость обучения 0,001, веса normal(0, 0.01), 1&#xa0;000 шагов, каждый градиент вычисляется центральными разностями: два прямых прохода на каждый из 39&#xa0;760 параметров на каждом шаге. Сеть училась, но очень медленно.</translation>
    </message>
    <message>
        <source>The cost of one step: backprop against numerical differentiation (run &apos;Compare step cost&apos;). With backprop the 1,000 steps take a second or two (measured: 0.8-2.2 s of training on a shared 2-core machine with one BLAS thread, as the app and the command line train by default; with --threads 2 the command line took 18-31 s there while other work ran); the loss still creeps down from 2.30, because learning rate 0.001 on weights of 0.01 is tiny.</source>
        <translation>Стоимость одного шага: обратное распространение против численного дифференцирования (запустите «Сравнить стоимость шага»). С обратным распространением 1 000 шагов занимают секунду-две (измерено: 0,8-2,2 с обучения на общей 2-ядерной машине с одним потоком BLAS — так по умолчанию обучают и приложение, и командная строка; с --threads 2 командная строка заняла там 18-31 с, пока шла другая работа); потери всё равно еле ползут вниз от 2,30, потому что скорость обучения 0,001 на весах порядка 0,01 ничтожна.</translation>
    </message>
    <message>
        <source>Backprop gives every gradient in one backward pass; numerical gradients are for checking it (the gradient check), not for training. The fixed twin also uses He initialisation and learning rate 0.1: above 90% in the same 1,000 steps.</source>
        <translation>Обратное распространение даёт все градиенты за один обратный проход; численные градиенты нужны для его проверки (проверка градиента), а не для обучения. Исправленный двойник также использует инициализацию He и скорость обучения 0,1: выше 90% за те же 1&#xa0;000 шагов.</translation>
    </message>
    <message>
        <source>002: an error that converges to a strange number</source>
        <translation>002: ошибка, которая сходится к странному числу</translation>
    </message>
    <message>
        <source>A sigmoid network with squared error. The sigmoid derivative is written y*(y-1), it is applied to outputs that already went through the sigmoid, and the update adds the step instead of subtracting it. The error falls, then stays at a strange number and never nears zero.</source>
        <translation>Сигмоидная сеть с квадратичной ошибкой. Производная сигмоиды записана как y*(y-1), применяется к выходам, уже прошедшим через сигмоиду, а обновление прибавляет шаг вместо того, чтобы вычитать. Ошибка падает, затем застревает на странном числе и никогда не приближается к нулю.</translation>
    </message>
    <message>
        <source>The loss falls from about 1.5 to about 0.45 and stops. Pushed uphill, the hidden sigmoids saturate (Diagnostics: 100%) and give every image the same activations, so the output layer can only learn one answer for all of them: about 0.1 for each digit, how often it occurs. The error of that answer is 0.5 * (0.9^2 + 9 * 0.1^2) = 0.45: the strange number. Accuracy stays at chance. Run the gradient check: W2 and b2 fail (one wrong sign), W1 and b1 fail (the sigmoid applied twice); the update check fails too.</source>
        <translation>Потери падают примерно с 1,5 до примерно 0,45 и останавливаются. Скрытые сигмоиды, которые толкают в гору, насыщаются («Диагностика»: 100%) и дают каждому изображению одни и те же активации, поэтому выходной слой может выучить лишь один ответ для всех: около 0,1 для каждой цифры — то, как часто она встречается. Ошибка такого ответа 0,5 · (0,9² + 9 · 0,1²) = 0,45 — это и есть странное число. Точность остаётся на уровне угадывания. Запустите проверку градиента: W2 и b2 не проходят (неверный знак), W1 и b1 не проходят (сигмоида применена дважды); проверка обновления тоже не проходит.</translation>
    </message>
    <message>
        <source>Turn the three bug switches off (the fixed twin): the derivative y*(1-y) of the layer&apos;s own output, and weights - learning_rate * gradient. The gradient check and the update check pass, and the same network reaches about 85% in the same steps.</source>
        <translation>Выключите три переключателя ошибок (исправленный двойник): производная y*(1-y) от собственного выхода слоя и weights - learning_rate * gradient. Проверка градиента и проверка обновления проходят, и та же сеть достигает около 85% за те же шаги.</translation>
    </message>
    <message>
        <source>003: a loss that jumps around</source>
        <translation>003: потери, которые скачут</translation>
    </message>
    <message>
        <source>784-3-3-2, sigmoid hidden layers, softmax output, 3 against 7, every image in one step, gradients summed, learning rate 0.005, and (1 - sigmoid(a)) where a is already an activation instead of a*(1-a). The loss swings between 0.45 and 4.8 and never settles below 1.</source>
        <translation>784-3-3-2, сигмоидные скрытые слои, выход softmax, 3 против 7, все изображения за один шаг, градиенты суммируются, скорость обучения 0,005, и (1 - sigmoid(a)) там, где a уже активация, вместо a*(1-a). Потери мечутся между 0,45 и 4,8 и никогда не опускаются ниже 1.</translation>
    </message>
    <message>
        <source>The loss jumps up and down from one step to the next instead of falling; the hidden sigmoids saturate. The gradient check fails on W1, b1, W2 and b2 (the layers behind the wrong derivative). On fresh weights it passes on W3 and b3; after the 300 epochs it may show W3 as &quot;vanishing&quot;, too small to check. W3&apos;s gradient is the second hidden layer&apos;s outputs times the output&apos;s error: on most images the network gets wrong those saturated sigmoids output 0, and it is sure of the rest (error about 0). That is no failure: b3, which gets the output&apos;s error alone, still passes.</source>
        <translation>Потери скачут вверх и вниз от шага к шагу вместо того, чтобы падать; скрытые сигмоиды насыщаются. Проверка градиента не проходит на W1, b1, W2 и b2 (слои за неверной производной). На исходных случайных весах она проходит на W3 и b3; после 300 эпох она может пометить W3 как «затухание»: градиент слишком мал для проверки. Градиент W3 — это выходы второго скрытого слоя, умноженные на ошибку выхода: на большинстве изображений, где сеть ошибается, эти насыщенные сигмоиды выдают 0, а в остальных сеть уже уверена (ошибка около 0). Это не сбой: b3, который получает только ошибку выхода, по-прежнему проходит проверку.</translation>
    </message>
    <message>
        <source>Two things: the derivative a*(1-a), and a step that does not grow with the data. With about 12,000 images summed, learning rate 0.005 takes the step of learning rate 60 on the mean gradient (even with the right derivative the loss then bounces between two values). The fixed twin averages the gradient over mini-batches of 64 with learning rate 0.5: the loss falls steadily, about 98% correct.</source>
        <translation>Две вещи: производная a*(1-a) и шаг, который не растёт вместе с данными. При сумме примерно по 12&#xa0;000 изображениям скорость обучения 0,005 даёт такой же шаг, как скорость обучения 60 по среднему градиенту (даже с правильной производной потери тогда прыгают между двумя значениями). Исправленный двойник усредняет градиент по мини-батчам по 64 со скоростью обучения 0,5: потери стабильно убывают, около 98% верно.</translation>
    </message>
</context>
<context>
    <name>runs</name>
    <message>
        <source>batch</source>
        <translation>батч</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>скорость</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрытые</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>импульс</translation>
    </message>
    <message>
        <source>init</source>
        <translation>инициализация</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>расписание</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>эпохи</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>зерно</translation>
    </message>
    <message>
        <source>train</source>
        <translation>обучение</translation>
    </message>
    <message>
        <source>val</source>
        <translation>валидация</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>цифры</translation>
    </message>
    <message>
        <source>augment</source>
        <translation>аугментация</translation>
    </message>
    <message>
        <source>deskew</source>
        <translation>устранение наклона</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>слои</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>смещение</translation>
    </message>
    <message>
        <source>bug:</source>
        <translation>ошибка:</translation>
    </message>
    <message>
        <source>styles</source>
        <translation>почерки</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>полный батч</translation>
    </message>
    <message>
        <source>{0} all</source>
        <translation>{0} все</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>save_target</name>
    <message>
        <source>{0} is a folder; give a file name such as {1}</source>
        <translation>{0} — это папка; укажите имя файла, например {1}</translation>
    </message>
    <message>
        <source>{0} is not a regular file (a device or a pipe); give a file name such as {1}</source>
        <translation>{0} — не обычный файл (а устройство или канал); укажите имя файла, например {1}</translation>
    </message>
    <message>
        <source>the folder {0} does not exist</source>
        <translation>папки {0} не существует</translation>
    </message>
    <message>
        <source>{0} is not a folder</source>
        <translation>{0} — не папка</translation>
    </message>
    <message>
        <source>there is no permission to write in the folder {0}</source>
        <translation>нет прав на запись в папку {0}</translation>
    </message>
    <message>
        <source>{0} is read-only; give another file name, or make the file writable first</source>
        <translation>файл {0} доступен только для чтения; укажите другое имя файла или сначала разрешите запись в него</translation>
    </message>
    <message>
        <source>there is no permission to write {0} in {1}</source>
        <translation>нет прав на запись {0} в {1}</translation>
    </message>
    <message>
        <source>the disk holding {0} is full</source>
        <translation>диск, на котором находится {0}, заполнен</translation>
    </message>
    <message>
        <source>{0} could not be written in {1}: {2}</source>
        <translation>не удалось записать {0} в {1}: {2}</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} init</source>
        <translation>инициализация {0}</translation>
    </message>
    <message>
        <source>{0} lr {1:g}</source>
        <translation>{0} со скоростью {1:g}</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>полный батч</translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation>батч {0}</translation>
    </message>
    <message>
        <source>digits {0}</source>
        <translation>цифры {0}</translation>
    </message>
    <message>
        <source>pen styles on {0}</source>
        <translation>почерки для {0}</translation>
    </message>
    <message>
        <source>BUGS ON: {0}</source>
        <translation>ОШИБКИ ВКЛЮЧЕНЫ: {0}</translation>
    </message>
    <message>
        <source>Quick</source>
        <translation>Быстрая</translation>
    </message>
    <message>
        <source>Accurate</source>
        <translation>Точная</translation>
    </message>
    <message>
        <source>Convolutional</source>
        <translation>Свёрточная</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Сигмоида</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>Softmax + cross-entropy</source>
        <translation>Softmax + перекрёстная энтропия</translation>
    </message>
    <message>
        <source>Sigmoid + squared error</source>
        <translation>Сигмоида + квадратичная ошибка</translation>
    </message>
    <message>
        <source>Linear + squared error</source>
        <translation>Линейный + квадратичная ошибка</translation>
    </message>
    <message>
        <source>One sigmoid output: label / 10</source>
        <translation>Один сигмоидный выход: label / 10</translation>
    </message>
    <message>
        <source>One linear output: label / 10</source>
        <translation>Один линейный выход: label / 10</translation>
    </message>
    <message>
        <source>Uniform(−1, 1)</source>
        <translation>Равномерное(−1, 1)</translation>
    </message>
    <message>
        <source>Normal(0, 0.01)</source>
        <translation>Нормальное(0, 0.01)</translation>
    </message>
    <message>
        <source>Xavier / Glorot</source>
        <translation>Ксавье / Глоро</translation>
    </message>
    <message>
        <source>He</source>
        <translation>Хе (He)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Импульс</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Импульс Нестерова</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Постоянная</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>Ступенчатая</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>Косинусная</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Affine</source>
        <translation>Аффинная</translation>
    </message>
    <message>
        <source>Affine + pen styles</source>
        <translation>Аффинная + почерки</translation>
    </message>
    <message>
        <source>no augmentation</source>
        <translation>без аугментации</translation>
    </message>
    <message>
        <source>{0} augmentation</source>
        <translation>аугментация: {0}</translation>
    </message>
    <message>
        <source>{0} schedule</source>
        <translation>скорость обучения: {0}</translation>
    </message>
    <message>
        <source>with biases</source>
        <translation>со смещениями</translation>
    </message>
    <message>
        <source>no biases</source>
        <translation>без смещений</translation>
    </message>
    <message>
        <source>digits straightened</source>
        <translation>цифры выпрямлены</translation>
    </message>
    <message>
        <source>digits not straightened</source>
        <translation>цифры не выпрямлены</translation>
    </message>
    <message>
        <source>untrained (random weights)</source>
        <translation>не обучена (случайные веса)</translation>
    </message>
    <message>
        <source>{0} trained</source>
        <translation>обучена ({0})</translation>
    </message>
    <message>
        <source>{0:.1f} epochs trained</source>
        <translation>обучена ({0:.1f} эпохи)</translation>
    </message>
    <message>
        <source>untrained</source>
        <translation>не обучена</translation>
    </message>
    <message>
        <source>after {0}</source>
        <translation>после обучения ({0})</translation>
    </message>
    <message>
        <source>after epoch {0}</source>
        <translation>после эпохи {0}</translation>
    </message>
    <message>
        <source>after {0:.1f} epochs</source>
        <translation>после {0:.1f} эпохи</translation>
    </message>
    <message>
        <source>This model is untrained (random weights): it cannot read digits yet, so teaching it your handwriting cannot help. Train it first.</source>
        <translation>Эта модель не обучена (случайные веса): она ещё не умеет читать цифры, поэтому учить её вашему почерку бесполезно. Сначала обучите её.</translation>
    </message>
    <message>
        <source>This model reads only {0:.0f}% of the digits it was checked on, about what guessing gets ({1:.0f}%): it has not learnt to read digits, so teaching it your handwriting cannot help. Train a model that reads first.</source>
        <translation>Эта модель верно читает лишь {0:.0f}% цифр, на которых её проверяли, — примерно столько же даёт угадывание ({1:.0f}%): она не научилась читать цифры, поэтому учить её вашему почерку бесполезно. Сначала обучите модель, которая читает.</translation>
    </message>
    <message>
        <source>{0:.2f} × 10 = {1:.1f}, which rounds to none of its digits (nearest: {2})</source>
        <translation>{0:.2f} × 10 = {1:.1f}: после округления это ни одна из её цифр (ближайшая: {2})</translation>
    </message>
    <message>
        <source>{0:.2f} × 10 = {1:.1f}, which rounds to {2}</source>
        <translation>{0:.2f} × 10 = {1:.1f}, после округления — {2}</translation>
    </message>
</context>
</TS>
