<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Adaptation</name>
    <message>
        <source>The adapted model could not be kept for next time: {0}</source>
        <translation>适应后的模型无法保存到下次使用：{0}</translation>
    </message>
    <message>
        <source>Reading with the model adapted to your handwriting.</source>
        <translation>正在用适应了你笔迹的模型读取。</translation>
    </message>
    <message>
        <source>Reading with the original model.</source>
        <translation>正在用原来的模型读取。</translation>
    </message>
    <message>
        <source>The adapted model kept last time cannot be read: {0}</source>
        <translation>无法读取上次保存的适应后模型：{0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;It did not read your held-out digits better: it may read your style well already, or need more rounds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;它对你留出的数字没有读得更好：可能它已经能读好你的书写风格，也可能需要更多组。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your digits: {0:.0f}% → {1:.0f}% read correctly (it learnt from all of them; with two of each digit, the ones it did not learn from are measured too).&lt;/p&gt;</source>
        <translation>&lt;p&gt;你的数字：{0:.0f}% → {1:.0f}% 读对（它在全部这些数字上学过；每个数字有两个时，也会测量它没学过的那些）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;MNIST test digits (everybody else&apos;s handwriting): {0:.2f}% → {1:.2f}%.&lt;/p&gt;</source>
        <translation>&lt;p&gt;MNIST 测试数字（其他所有人的笔迹）：{0:.2f}% → {1:.2f}%。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;Measuring the figures above took another {0:.1f} s.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;测量以上数字另外用了 {0:.1f} 秒。&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your kept digits cannot be read (see My handwriting).</source>
        <translation>无法读取你保存的数字（见“我的手写”）。</translation>
    </message>
    <message>
        <source>Fine-tuning waits: train or open a model first, and let training or the fine-tune running finish.</source>
        <translation>微调需要等待：请先训练或打开一个模型，并等训练或正在进行的微调结束。</translation>
    </message>
    <message>
        <source>A fine-tune is running; it will be done in a moment.</source>
        <translation>正在微调，马上就好。</translation>
    </message>
    <message>
        <source>Keep a few of your digits first (Keep as, or Teach it your handwriting).</source>
        <translation>请先保存几个你的数字（“记为”，或“教它认你的笔迹”）。</translation>
    </message>
    <message>
        <source>None of your kept digits is one this model reads: keep some of its digits first.</source>
        <translation>你保存的数字中没有这个模型能识别的：请先保存几个它识别的数字。</translation>
    </message>
    <message numerus="yes">
        <source>Learning your %Ln digit(s), mixed into MNIST…</source>
        <translation>
            <numerusform>正在学习你的 %Ln 个数字（混入 MNIST）……</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adapted to your handwriting: your %Ln digit(s).{0} MNIST test {1:.2f}% → {2:.2f}%.</source>
        <translation>
            <numerusform>已适应你的笔迹：你的 %Ln 个数字。{0}MNIST 测试 {1:.2f}% → {2:.2f}%。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The original model stays in use: adapted to your %Ln digit(s), it read the ones it did not learn from no better ({0:.0f}% → {1:.0f}%). Click Use the adapted model to read with it anyway.</source>
        <translation>
            <numerusform>仍在使用原来的模型：在你的 %Ln 个数字上微调后的模型，读它没学过的你的数字并没有更好（{0:.0f}% → {1:.0f}%）。点击“使用适应后的模型”仍可改用它。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine-tuning finished, but meanwhile another model came into use or training started, so its result was dropped.</source>
        <translation>微调已完成，但其间有另一个模型投入使用或训练已开始，所以其结果被丢弃。</translation>
    </message>
    <message>
        <source> Your digits it did not learn from: {0:.0f}% → {1:.0f}%.</source>
        <translation>它没学过的你的数字：{0:.0f}% → {1:.0f}%。</translation>
    </message>
    <message numerus="yes">
        <source>The adapted model you were using stays in use: re-tuned on your %Ln digit(s), the new one read the ones it did not learn from no better than the original ({0:.0f}% → {1:.0f}%), so it was not kept.</source>
        <translation>
            <numerusform>仍在使用你原先在用的适应后模型：在你的 %Ln 个数字上重新微调出的新模型，读它没学过的你的数字并不比原来的模型更好（{0:.0f}% → {1:.0f}%），所以没有保留新模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine-tuning failed: {0}</source>
        <translation>微调失败：{0}</translation>
    </message>
    <message>
        <source>Let training finish first, then correct its readings.</source>
        <translation>请先等训练结束，再纠正它的读数。</translation>
    </message>
    <message>
        <source>Train or open a model first, then teach it your handwriting.</source>
        <translation>请先训练或打开一个模型，再教它认你的笔迹。</translation>
    </message>
    <message>
        <source>This model tells apart only {0}: it cannot learn a {1}, so the drawing is not kept. Keep as keeps it in your set anyway.</source>
        <translation>这个模型只能区分 {0}：它学不会 {1}，所以这幅图没有保存。用“记为”仍可把它存进你的数字。</translation>
    </message>
    <message>
        <source>Kept as your {0}; the model learns it in a moment.</source>
        <translation>已保存为你的 {0}；模型马上就会学会它。</translation>
    </message>
</context>
<context>
    <name>ArchitectureField</name>
    <message>
        <source>Clear the layers</source>
        <translation>清空层列表</translation>
    </message>
    <message>
        <source>Clear the layers: back to the hidden layers above.</source>
        <translation>清空层列表：回到上面的隐藏层。</translation>
    </message>
    <message>
        <source>empty: use Hidden layers</source>
        <translation>空：使用隐藏层</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
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
        <translation>整个网络写成一串层，从图像往上，用逗号分隔，
例如 conv32x5,pool2,conv64x5,pool2,dense128（一个小型卷积网络）：
  convNxK   N 个 K x K 像素的卷积核在图像上滑动（加“same”保持
            尺寸：conv32x3same）
  poolK     保留每个 K x K 块中的最大值（最大池化）
  denseN    一个有 N 个单元的全连接层
  dropoutR  训练时以概率 R 随机丢弃每个输入
最后会自动加上输出层。空：使用上面隐藏层构成的 MLP。</translation>
    </message>
    <message>
        <source>What the layers make of an image</source>
        <translation>这些层把图像变成什么</translation>
    </message>
    <message>
        <source>These layers cannot be built: {0}</source>
        <translation>无法构建这些层：{0}</translation>
    </message>
    <message>
        <source>{0} outputs</source>
        <translation>{0} 个输出</translation>
    </message>
    <message>
        <source>{0} · {1} weights</source>
        <translation>{0} · {1} 个权重</translation>
    </message>
</context>
<context>
    <name>BackgroundJobs</name>
    <message>
        <source>Unexpected error: {0}</source>
        <translation>意外错误：{0}</translation>
    </message>
</context>
<context>
    <name>BugLabBox</name>
    <message>
        <source>Bug lab: break the engine on purpose</source>
        <translation>错误实验室：故意弄坏引擎</translation>
    </message>
    <message>
        <source>Each switch puts back a mistake a learner really made. With a switch on,
the engine is BROKEN ON PURPOSE: run the gradient check to see where.
All switches off (the default) is the correct engine.</source>
        <translation>每个开关都会放回一个学习者真实犯过的错误。开关打开时，
引擎是被故意弄坏的：运行梯度检验看看错在哪里。
所有开关关闭（默认）就是正确的引擎。</translation>
    </message>
    <message>
        <source>Off is the correct engine. On: the learner&apos;s mistake.</source>
        <translation>关闭：正确的引擎。打开：学习者的错误。</translation>
    </message>
    <message>
        <source>Bug: {0}</source>
        <translation>错误：{0}</translation>
    </message>
    <message>
        <source>BROKEN ON PURPOSE (learner {0}).

The learner wrote:
    {1}
Correct:
    {2}

{3}</source>
        <translation>故意弄坏（学习者 {0}）。

学习者写的是：
    {1}
正确写法：
    {2}

{3}</translation>
    </message>
    <message>
        <source>Not available while &quot;{0}&quot; is on: both replace the sigmoid&apos;s derivative.</source>
        <translation>“{0}”打开时不可用：两者替换的都是 sigmoid 的导数。</translation>
    </message>
    <message>
        <source>Not available: this network has no sigmoid for it to act on (choose the Sigmoid activation with a hidden layer, or a sigmoid output).</source>
        <translation>不可用：这个网络中没有可供它作用的 sigmoid（请选择 Sigmoid 激活函数并至少有一个隐藏层，或选择 sigmoid 输出）。</translation>
    </message>
    <message>
        <source>BROKEN ON PURPOSE</source>
        <translation>故意弄坏</translation>
    </message>
    <message>
        <source>— the engine now runs the learner&apos;s code:</source>
        <translation>— 引擎现在运行的是学习者的代码：</translation>
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
        <translation>只有一个输出，是一个数，不是概率：{0}。柱条只表示每个数字离 {1:.1f} 有多近，并不代表网络有多确定。</translation>
    </message>
    <message>
        <source>I don&apos;t know: at most {digit} ({percent:.0f}%), then {second} ({second_percent:.0f}%).</source>
        <translation>我不知道：最可能是 {digit}（{percent:.0f}%），其次是 {second}（{second_percent:.0f}%）。</translation>
    </message>
    <message>
        <source>This model only knows {digits}. It cannot answer &quot;none of these&quot;: any other digit is still read as one of them, however sure it looks.</source>
        <translation>这个模型只认识 {digits}。它无法回答“都不是”：任何其他数字仍会被读成其中之一，不管它看起来多么确定。</translation>
    </message>
    <message>
        <source>&amp;Unsure below</source>
        <translation>低于此值则不确定(&amp;U)</translation>
    </message>
    <message>
        <source>I don&apos;t know threshold</source>
        <translation>“我不知道”阈值</translation>
    </message>
    <message>
        <source>When the most probable digit is less probable than this, the network says it
does not know instead of naming a digit. 0% never doubts.</source>
        <translation>当最可能的数字的概率低于此值时，网络会说它不知道，
而不是给出一个数字。0% 表示从不怀疑。</translation>
    </message>
    <message>
        <source>T&amp;emperature</source>
        <translation>温度(&amp;E)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Divides the network&apos;s logits before the softmax: softmax(z / T).
Above 1 the probabilities flatten (an over-confident network doubts more),
below 1 they sharpen. 1 shows the network&apos;s own probabilities.
The most probable digit never changes, only how sure it looks.</source>
        <translation>在 softmax 之前把网络的 logits 除以它：softmax(z / T)。
大于 1 时概率变得平缓（过于自信的网络会更多地怀疑），
小于 1 时概率变得尖锐。1 显示网络自己的概率。
最可能的数字永远不变，变的只是它看起来有多确定。</translation>
    </message>
    <message>
        <source>Off for this model: it has one output, a number, not probabilities.
It says it is not sure when that number × 10 rounds to none of its digits
(10.0, -0.7), not when a probability is below a threshold.</source>
        <translation>对这个模型已关闭：它只有一个输出，是一个数，不是概率。
当这个数 × 10 四舍五入后不是它认识的任何数字时（10.0、-0.7），它才说“不确定”，
而不是在概率低于某个阈值时。</translation>
    </message>
    <message>
        <source>Off for this model: it has one output, a number, not probabilities.
The temperature reshapes a softmax&apos;s probabilities (softmax(z / T));
this network has no softmax, so there is nothing for it to change.</source>
        <translation>对这个模型已关闭：它只有一个输出，是一个数，不是概率。
温度改变的是 softmax 的概率（softmax(z / T)）；
这个网络没有 softmax，所以没有什么可改变的。</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Each row is a true digit of the validation set, each column the digit the
network read. The green diagonal is what it reads right; a red cell counts
one kind of mistake. Click a cell to see its digits below.</source>
        <translation>每一行是验证集中的一个真实数字，每一列是网络
读出的数字。绿色对角线是读对的部分；红色格子统计
一种错误。点击格子可在下方查看其中的数字。</translation>
    </message>
    <message>
        <source>read as →</source>
        <translation>读作 →</translation>
    </message>
    <message>
        <source>true digit →</source>
        <translation>真实数字 →</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln image(s) of {1} read correctly ({2:.1f}%)</source>
        <translation>
            <numerusform>{1} 的 %Ln 张图像中有 {0} 张读对（{2:.1f}%）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln image(s) of {1} read as {3} ({2:.1f}%)</source>
        <translation>
            <numerusform>{1} 的 %Ln 张图像中有 {0} 张被读作 {3}（{2:.1f}%）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln epoch(s)</source>
        <translation>
            <numerusform>%Ln 轮</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln 个批次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln digit(s)</source>
        <translation>
            <numerusform>%Ln 个数字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training image(s)</source>
        <translation>
            <numerusform>%Ln 张训练图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataImport</name>
    <message>
        <source>&amp;Import Training Data…</source>
        <translation>导入训练数据(&amp;I)…</translation>
    </message>
    <message>
        <source>Train on Kaggle&apos;s train.csv or a pair of MNIST IDX files</source>
        <translation>用 Kaggle 的 train.csv 或一对 MNIST IDX 文件训练</translation>
    </message>
    <message>
        <source>Use &amp;Bundled MNIST</source>
        <translation>使用内置 MNIST(&amp;B)</translation>
    </message>
    <message>
        <source>Train on the MNIST set that comes with DigitDesk again</source>
        <translation>重新用 DigitDesk 自带的 MNIST 数据集训练</translation>
    </message>
    <message numerus="yes">
        <source>The bundled MNIST (%Ln training image(s))</source>
        <translation>
            <numerusform>内置 MNIST（%Ln 张训练图像）</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Training Data</source>
        <translation>导入训练数据</translation>
    </message>
    <message>
        <source>Which format is your data in?

Kaggle: one train.csv (label, then 784 pixels).
MNIST IDX: an images file and a labels file, or a folder holding the four standard MNIST files.</source>
        <translation>你的数据是什么格式？

Kaggle：一个 train.csv（先是标签，然后是 784 个像素）。
MNIST IDX：一个图像文件和一个标签文件，或一个包含四个标准 MNIST 文件的文件夹。</translation>
    </message>
    <message>
        <source>Kaggle CSV…</source>
        <translation>Kaggle CSV…</translation>
    </message>
    <message>
        <source>IDX files…</source>
        <translation>IDX 文件…</translation>
    </message>
    <message>
        <source>MNIST folder…</source>
        <translation>MNIST 文件夹…</translation>
    </message>
    <message>
        <source>Kaggle train.csv</source>
        <translation>Kaggle train.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>MNIST images file (IDX)</source>
        <translation>MNIST 图像文件（IDX）</translation>
    </message>
    <message>
        <source>IDX files (*idx3* *.gz);;All files (*)</source>
        <translation>IDX 文件 (*idx3* *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>MNIST labels file (IDX) for {0}</source>
        <translation>{0} 对应的 MNIST 标签文件（IDX）</translation>
    </message>
    <message>
        <source>IDX files (*idx1* *.gz);;All files (*)</source>
        <translation>IDX 文件 (*idx1* *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Folder with the MNIST files</source>
        <translation>包含 MNIST 文件的文件夹</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import cancelled; the training data did not change.</source>
        <translation>导入已取消；训练数据没有改变。</translation>
    </message>
    <message>
        <source>Training on {0} from now on (File &gt; Use Bundled MNIST to go back).</source>
        <translation>从现在起用{0}训练（“文件 &gt; 使用内置 MNIST”可以切回）。</translation>
    </message>
    <message numerus="yes">
        <source>validation images {0} → {1} (a tenth of the %Ln row(s))</source>
        <translation>
            <numerusform>验证图像 {0} → {1}（%Ln 行的十分之一）</numerusform>
        </translation>
    </message>
    <message>
        <source>training images {0} → All</source>
        <translation>训练图像 {0} → 全部</translation>
    </message>
    <message>
        <source>Sizes fitted to the data: {0}.</source>
        <translation>已按数据调整大小：{0}。</translation>
    </message>
    <message>
        <source>Could not import the data; the training data did not change.</source>
        <translation>无法导入数据；训练数据没有改变。</translation>
    </message>
    <message>
        <source>Cannot import the training data</source>
        <translation>无法导入训练数据</translation>
    </message>
    <message>
        <source>Training on the bundled MNIST again.</source>
        <translation>重新用内置 MNIST 训练。</translation>
    </message>
    <message>
        <source>Reading the bundled MNIST…</source>
        <translation>正在读取内置 MNIST……</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>Images per digit</source>
        <translation>每个数字的图像数</translation>
    </message>
    <message>
        <source>How many images of each digit the data holds. Blue: the digits chosen in the
form; grey: left out. A very uneven count teaches the network to guess the
common digits.</source>
        <translation>数据中每个数字各有多少张图像。蓝色：表单中选中的数字；
灰色：未选用。数量很不均匀时，网络会学着去猜
常见的数字。</translation>
    </message>
    <message>
        <source>images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Sample images of each chosen digit</source>
        <translation>所选每个数字的样例图像</translation>
    </message>
    <message>
        <source>The first images of each chosen digit, as the network sees them (28 × 28 pixels).</source>
        <translation>所选每个数字的前几张图像，与网络看到的一样（28 × 28 像素）。</translation>
    </message>
    <message>
        <source>The training data is read when this tab is first shown.</source>
        <translation>首次显示此标签页时读取训练数据。</translation>
    </message>
    <message>
        <source>The training data is read when this tab is shown.</source>
        <translation>显示此标签页时读取训练数据。</translation>
    </message>
    <message>
        <source>All ten digits</source>
        <translation>全部十个数字</translation>
    </message>
    <message>
        <source>Digits {0}</source>
        <translation>数字 {0}</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %Ln image(s) → {1} to train on, {2} held out for validation.</source>
        <translation>
            <numerusform>{0}：%Ln 张图像 → {1} 张用于训练，{2} 张留作验证。</numerusform>
        </translation>
    </message>
    <message>
        <source>No labelled test set: the test accuracy is not measured.</source>
        <translation>没有带标签的测试集：不测量测试准确率。</translation>
    </message>
</context>
<context>
    <name>DiagnosticsView</name>
    <message>
        <source>gradient RMS</source>
        <translation>梯度 RMS</translation>
    </message>
    <message>
        <source>Gradient size of each layer&apos;s weights: the root mean square of dL/dW, per weight
(so big layers don&apos;t look stronger). Near 0: the layer gets no learning signal
(saturated units, or a vanishing gradient). Log scale.</source>
        <translation>每层权重的梯度大小：dL/dW 的均方根，按每个权重计
（所以大的层不会显得更强）。接近 0：该层得不到学习信号
（单元饱和，或梯度消失）。对数坐标。</translation>
    </message>
    <message>
        <source>update / weight</source>
        <translation>更新 / 权重</translation>
    </message>
    <message>
        <source>How much one step changes a layer&apos;s weights, relative to their size.
About 1e-3 is healthy (dashed line); 1e-6 means frozen, 1e-1 means wild steps.
Log scale.</source>
        <translation>一步更新使某层权重改变多少（相对于权重本身的大小）。
约 10⁻³ 为健康（虚线）；10⁻⁶ 表示停滞，10⁻¹ 表示步子过猛。
对数坐标。</translation>
    </message>
    <message>
        <source>stuck units</source>
        <translation>卡住的单元</translation>
    </message>
    <message>
        <source>Solid: the share of sigmoid/tanh outputs within 0.05 of their limits (saturated:
their slope is about 0, so almost no gradient flows back through them).
Dashed: the share of ReLUs that output 0 for the whole batch (dead).
Above half (dotted line) the findings speak up.</source>
        <translation>实线：sigmoid/tanh 输出距其极限不到 0.05 的比例（饱和：
其斜率约为 0，几乎没有梯度能反向传回）。
虚线：在整个批次上输出都为 0 的 ReLU 的比例（死亡）。
超过一半（点线）时，“发现”会给出提示。</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Layer colours</source>
        <translation>各层颜色</translation>
    </message>
    <message>
        <source>Values under the mouse</source>
        <translation>鼠标下的数值</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>One curve per layer, measured every few batches while training runs.</source>
        <translation>每层一条曲线，训练运行时每隔几个批次测量一次。</translation>
    </message>
    <message>
        <source>layer {0}</source>
        <translation>第 {0} 层</translation>
    </message>
    <message>
        <source>stuck units: solid saturated, dashed dead</source>
        <translation>卡住的单元：实线为饱和，虚线为死亡</translation>
    </message>
    <message>
        <source>Point at the curves to read their values.</source>
        <translation>把鼠标指向曲线即可读取数值。</translation>
    </message>
    <message>
        <source>epoch &lt;b&gt;{0:.2f}&lt;/b&gt;</source>
        <translation>第 &lt;b&gt;{0:.2f}&lt;/b&gt; 轮</translation>
    </message>
    <message>
        <source>{0:.0f}% saturated</source>
        <translation>{0:.0f}% 饱和</translation>
    </message>
    <message>
        <source>{0:.0f}% dead</source>
        <translation>{0:.0f}% 死亡</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{0}&apos;&gt;■&lt;/span&gt; layer {1}: gradient &lt;b&gt;{2:.1e}&lt;/b&gt;, update/weight &lt;b&gt;{3:.1e}&lt;/b&gt;{4}</source>
        <translation>&lt;span style=&apos;color:{0}&apos;&gt;■&lt;/span&gt; 第 {1} 层：梯度 &lt;b&gt;{2:.1e}&lt;/b&gt;，更新/权重 &lt;b&gt;{3:.1e}&lt;/b&gt;{4}</translation>
    </message>
    <message>
        <source>Nothing looks wrong so far.</source>
        <translation>目前看起来一切正常。</translation>
    </message>
    <message>
        <source>Findings appear here while training runs: a loss that stops moving or jumps around, saturated or dead units, steps too small or too large. Each comes with a fix you can apply with one click.</source>
        <translation>训练运行时，发现会显示在这里：损失停止变化或上下跳动、单元饱和或死亡、步长过小或过大。每条都附有一键即可应用的修复。</translation>
    </message>
</context>
<context>
    <name>DigitPanel</name>
    <message>
        <source>&amp;Undo Stroke</source>
        <translation>撤销笔画(&amp;U)</translation>
    </message>
    <message>
        <source>Remove the last stroke ({key})</source>
        <translation>删除最后一笔（{key}）</translation>
    </message>
    <message>
        <source>C&amp;lear Drawing</source>
        <translation>清除画板(&amp;L)</translation>
    </message>
    <message>
        <source>Wipe the pad to draw a new digit (Esc)</source>
        <translation>擦净画板，重新写一个数字（Esc）</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>笔宽</translation>
    </message>
    <message>
        <source>How thick the pen looks on the pad. It does not change what the network sees:
your strokes are redrawn at MNIST&apos;s own stroke width (about 2 pixels in 28 x 28)
whatever pen you draw with, as the preview shows.</source>
        <translation>画板上笔迹看起来有多粗。它不会改变网络看到的东西：
无论用什么笔写，你的笔画都会按 MNIST 自己的笔画宽度
（28 x 28 中约 2 像素）重新绘制，如预览所示。</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>笔</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Keep as</source>
        <translation>记为</translation>
    </message>
    <message>
        <source>Keep the drawing as my digit</source>
        <translation>把这个手写数字保存为我的数字</translation>
    </message>
    <message>
        <source>digit?</source>
        <translation>数字？</translation>
    </message>
    <message>
        <source>This model only knows {0}: it cannot tell which digit you drew. Choose it
in the box on the right (or type it there), then keep it.</source>
        <translation>这个模型只认识 {0}：它无法判断你写的是哪个数字。请在右侧的框里
选择它（或在那里直接输入），再保存。</translation>
    </message>
    <message>
        <source>Which digit you drew. It follows what the network reads when it is sure;
otherwise choose it (or type it). Correct it if the network is wrong -
those are the digits worth keeping.</source>
        <translation>你写的是哪个数字。网络确定时，这里显示它读出的数字；
否则请自己选择（或直接输入）。网络读错时请改正——
这样的数字最值得保存。</translation>
    </message>
    <message>
        <source>The network is not sure which digit this is: choose the digit you drew in
the box on the right (or type it there), then keep it.</source>
        <translation>网络不确定这是哪个数字：请在右侧的框里选择你写的数字
（或在那里直接输入），再保存。</translation>
    </message>
    <message>
        <source>Keep this drawing, labelled with the digit on the right, in your own set
(the My handwriting tab), to check and fine-tune the model on your handwriting.</source>
        <translation>把这个手写数字按右侧的数字作为标签，保存到你自己的数据集
（“我的手写”标签页），用来检查模型并在你的笔迹上微调。</translation>
    </message>
    <message>
        <source>Digit to keep the drawing as</source>
        <translation>把手写内容保存为哪个数字</translation>
    </message>
    <message>
        <source>
If it misreads your digit, click the right one: it is kept in your own set
and the model is fine-tuned on your handwriting again.</source>
        <translation>
如果它读错了你的数字，点击正确的那个：它会被保存到你自己的数据集，
模型会再次在你的笔迹上微调。</translation>
    </message>
    <message>
        <source>Adapt to them</source>
        <translation>适应它们</translation>
    </message>
    <message>
        <source>&lt;b&gt;✓ Adapted&lt;/b&gt;</source>
        <translation>&lt;b&gt;✓ 已适应&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Adapted to your handwriting: the pad reads with a copy of the model fine-tuned on your own digits</source>
        <translation>已适应你的笔迹：画板用一份在你自己的数字上微调过的模型副本来读取</translation>
    </message>
    <message>
        <source>Teach it your handwriting…</source>
        <translation>教它认你的笔迹…</translation>
    </message>
    <message>
        <source>Teach it your handwriting</source>
        <translation>教它认你的笔迹</translation>
    </message>
    <message>
        <source>Draw each digit twice; the model then learns your style in a few seconds</source>
        <translation>每个数字写两遍；模型随后会在几秒钟内学会你的书写风格</translation>
    </message>
    <message>
        <source>Switch between the adapted and the original model</source>
        <translation>在适应后的模型和原来的模型之间切换</translation>
    </message>
    <message>
        <source>
A convolutional network reads your digit five times: as drawn, turned 6°
either way, and 10% smaller and bigger; the bars show the average, which
reads drawn digits better. The tab Inside the network shows its reading
of the digit as drawn alone.</source>
        <translation>
卷积网络会把你的数字读五次：原样、向两边各转 6°、
缩小和放大 10%；条形图显示它们的平均值，
这样读手写数字更准。“网络内部”标签页显示
它只看原样数字时的读数。</translation>
    </message>
    <message>
        <source>The network sees</source>
        <translation>网络看到的</translation>
    </message>
    <message>
        <source>It reads</source>
        <translation>网络读作</translation>
    </message>
    <message>
        <source>
From the keyboard: Tab to the bars, then type the right digit.</source>
        <translation>
用键盘：按 Tab 键移到概率条上，再输入正确的数字。</translation>
    </message>
    <message>
        <source>It reads (5 views)</source>
        <translation>网络读作（5 个版本）</translation>
    </message>
    <message>
        <source>The network sees (straightened)</source>
        <translation>网络看到的（已校正倾斜）</translation>
    </message>
    <message>
        <source>
This model was trained on straightened digits, so your drawing is
straightened (deskewed) the same way before it reads it.</source>
        <translation>
此模型是用校正过倾斜的数字训练的，所以你的手写
在读取前也会用同样的方法校正倾斜（deskew）。</translation>
    </message>
    <message>
        <source>Draw on the pad to replace this digit</source>
        <translation>在画板上书写以替换这个数字</translation>
    </message>
    <message>
        <source>Train or open a model first (and let training finish), then teach it your handwriting.</source>
        <translation>请先训练或打开一个模型（并等训练结束），再教它认你的笔迹。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln digit(s) kept</source>
        <translation>
            <numerusform>已保存 %Ln 个数字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of your digits (is|are) kept in My handwriting; this model has not learnt them yet</source>
        <translation>
            <numerusform>“我的手写”中保存了你的 %Ln 个数字；这个模型还没有学过它们</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine-tune this model on your kept digits, in the background (a few seconds)</source>
        <translation>在后台用你保存的数字微调这个模型（只需几秒）</translation>
    </message>
    <message>
        <source>Use the original</source>
        <translation>使用原来的模型</translation>
    </message>
    <message>
        <source>Read with the model as it was before it learnt your handwriting</source>
        <translation>用学习你的笔迹之前的模型读取</translation>
    </message>
    <message>
        <source>Read with the model fine-tuned on your handwriting again</source>
        <translation>再次用在你的笔迹上微调过的模型读取</translation>
    </message>
    <message>
        <source>{width} px</source>
        <translation>{width} 像素</translation>
    </message>
    <message>
        <source>Draw a digit on the pad. {0}</source>
        <translation>在画板上画一个数字。{0}</translation>
    </message>
    <message>
        <source>Draw a digit on the pad</source>
        <translation>在画板上写一个数字</translation>
    </message>
    <message>
        <source>Draw a digit on the pad, or first teach it your handwriting (Teach it your handwriting…, Ctrl+T): it reads you better after twenty of your digits</source>
        <translation>在画板上写一个数字，或先教它认你的笔迹（“教它认你的笔迹…”，Ctrl+T）：学过你写的二十个数字后，它会读得更准</translation>
    </message>
    <message>
        <source>A dot is not a digit: draw your digit bigger</source>
        <translation>一个点不是数字：把数字写大一些</translation>
    </message>
    <message>
        <source>No model yet: train one or open a saved model to read your digit</source>
        <translation>还没有模型：训练一个或打开已保存的模型来读取你的数字</translation>
    </message>
    <message>
        <source>The model&apos;s outputs are not numbers (NaN): its training diverged</source>
        <translation>模型的输出不是数字（NaN）：训练发散了</translation>
    </message>
    <message>
        <source>Which digit you drew: choose it (or type it). This model only knows {0},
so it suggests none: it cannot know that you drew another digit.</source>
        <translation>你写的是哪个数字：请自己选择（或直接输入）。这个模型只认识 {0}，
所以不作建议：它无法知道你写的是别的数字。</translation>
    </message>
    <message>
        <source>Use the adapted model</source>
        <translation>使用适应后的模型</translation>
    </message>
</context>
<context>
    <name>DistributionsView</name>
    <message>
        <source>The run stopped (the loss diverged, or an error) before the distributions of the weights it kept were measured: train again (Start) to see them.</source>
        <translation>这次训练在测量它保留的权重的分布之前就停止了（训练发散了，或出错了）：再训练一次（开始）即可看到它们。</translation>
    </message>
    <message>
        <source>Distributions are measured batch by batch as a model trains, and a model file does not keep them: train this model (Start) to see its own.</source>
        <translation>分布是在模型训练时逐批次测量的，模型文件不保存它们：训练这个模型（开始）即可看到它自己的分布。</translation>
    </message>
    <message>
        <source>Layer {0} (W{0})</source>
        <translation>第 {0} 层（W{0}）</translation>
    </message>
    <message>
        <source>Last batch, updated twice a second while training. Weights: {0:.3g} to {1:.3g}.</source>
        <translation>最近一个批次，训练时每秒更新两次。权重：{0:.3g} 到 {1:.3g}。</translation>
    </message>
    <message>
        <source>The last batch of the run that trained the model in use. Weights: {0:.3g} to {1:.3g}.</source>
        <translation>训练出当前模型的那次运行的最后一个批次。权重：{0:.3g} 到 {1:.3g}。</translation>
    </message>
    <message>
        <source>La&amp;yer</source>
        <translation>层(&amp;Y)</translation>
    </message>
    <message>
        <source>Lo&amp;g counts</source>
        <translation>对数计数(&amp;G)</translation>
    </message>
    <message>
        <source>Show the counts on a logarithmic axis: weights and gradients have heavy tails,
a few values far from the rest that a linear axis hides.</source>
        <translation>在对数坐标轴上显示计数：权重和梯度的分布有长尾，
少数远离其余数值的值在线性坐标轴上看不出来。</translation>
    </message>
    <message>
        <source>Weights (grey: at start)</source>
        <translation>权重（灰色：初始时）</translation>
    </message>
    <message>
        <source>Inputs (activations)</source>
        <translation>输入（激活值）</translation>
    </message>
    <message>
        <source>Gradients dL/dW</source>
        <translation>梯度 dL/dW</translation>
    </message>
    <message>
        <source>count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Start training to see the distributions live.</source>
        <translation>开始训练即可实时查看分布。</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <source>Drawing pad</source>
        <translation>画板</translation>
    </message>
    <message>
        <source>Draw a digit with the left mouse button; the network tries to read it.</source>
        <translation>用鼠标左键写一个数字；网络会尝试读出它。</translation>
    </message>
    <message>
        <source>Draw one digit (0-9) with the left mouse button.
It is shrunk to 20 x 20 pixels and centred in 28 x 28, as MNIST digits were,
with strokes as thick as MNIST&apos;s whatever the pen width.</source>
        <translation>用鼠标左键写一个数字（0-9）。
它会被缩小到 20 x 20 像素并在 28 x 28 中居中，与 MNIST 数字的做法相同，
无论笔宽多少，笔画都与 MNIST 的一样粗。</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>在这里写一个数字</translation>
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
        <translation>每个图块是一个卷积核对画板上数字的特征图：卷积核在整张图像上滑动，
其下方图像与卷积核相像之处颜色深（卷积核本身就是左边同一位置的图块），
不像之处为白色。池化层保留每个块中最强的响应：同样的特征图，只是更小。
更深的层把下面的特征图组合成更大的形状。</translation>
    </message>
    <message>
        <source>Feature maps of your digit</source>
        <translation>你的数字的特征图</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <source>Layer whose feature maps are shown</source>
        <translation>显示哪一层的特征图</translation>
    </message>
    <message>
        <source>Which conv or pooling layer&apos;s feature maps to show.</source>
        <translation>显示哪个卷积层或池化层的特征图。</translation>
    </message>
    <message>
        <source>{0}: {1} maps of {2}×{3}</source>
        <translation>{0}：{1} 张 {2}×{3} 的特征图</translation>
    </message>
    <message>
        <source>The first {0} of {1} maps of {2}, on one colour scale.</source>
        <translation>{2} 的 {1} 张特征图中的前 {0} 张，使用同一色标。</translation>
    </message>
    <message>
        <source>All {0} maps of {1}, on one colour scale.</source>
        <translation>{1} 的全部 {0} 张特征图，使用同一色标。</translation>
    </message>
    <message>
        <source>{0} found nothing in this digit (all 0).</source>
        <translation>其中 {0} 张特征图在这个数字中什么也没找到（全为 0）。</translation>
    </message>
    <message>
        <source>{0}, filter {1}: from {2:.3g} to {3:.3g}</source>
        <translation>{0}，卷积核 {1}：从 {2:.3g} 到 {3:.3g}</translation>
    </message>
</context>
<context>
    <name>FindingCard</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a finding&apos;s kind, then its title</comment>
        <translation>【{0}】{1}</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Fix: {0}</source>
        <translation>修复：{0}</translation>
    </message>
    <message>
        <source>Change the training form: {0}.
Then press Start to see the fix work.</source>
        <translation>修改训练表单：{0}。
然后按“开始”看修复的效果。</translation>
    </message>
    <message>
        <source>Fix applied to the form ✓</source>
        <translation>修复已应用到表单 ✓</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>What the measurements say is wrong, in plain words, with a fix.</source>
        <translation>测量结果说明了哪里出了问题，用浅显的话讲，并附有修复方法。</translation>
    </message>
</context>
<context>
    <name>GradCheckView</name>
    <message>
        <source>Check gradients</source>
        <translation>检验梯度</translation>
    </message>
    <message>
        <source>Backprop&apos;s gradient of each tensor against &lt;i&gt;(L(w+h) − L(w−h)) / 2h&lt;/i&gt; on up to 40 weights, in float64. Relative error below &lt;b&gt;{0}&lt;/b&gt;, or within rounding: {pass}; up to &lt;b&gt;{1}&lt;/b&gt;, or a weight at a kink or not compared: {warn}; above: {fail}, a wrong derivative. {vanishing}: too small to check; {unchecked}: most weights not compared. Last row: one tiny optimiser step must lower the loss.</source>
        <translation>每个张量的反向传播梯度在最多 40 个权重上用 float64 与 &lt;i&gt;(L(w+h) − L(w−h)) / 2h&lt;/i&gt; 比较。相对误差低于 &lt;b&gt;{0}&lt;/b&gt;，或在舍入范围内：{pass}；不超过 &lt;b&gt;{1}&lt;/b&gt;，或有权重在折点处或未能比较：{warn}；更高：{fail}，导数是错的。{vanishing}：太小，无法检验；{unchecked}：大多数权重未能比较。最后一行：优化器极小的一步必须让损失下降。</translation>
    </message>
    <message>
        <source>Compare backprop&apos;s gradients with numerical ones (central differences) for the
network in the form (the current weights when the shape matches), on a few
training images. Turn on a bug-lab switch and check again to see it fail.</source>
        <translation>在几张训练图像上，将反向传播的梯度与数值梯度（中心差分）
进行比较，针对表单中的网络（形状一致时使用当前权重）。
打开一个错误实验室开关再检验一次，看它失败。</translation>
    </message>
    <message>
        <source>Gradient check running</source>
        <translation>梯度检验运行中</translation>
    </message>
    <message>
        <source>Gradient check result</source>
        <translation>梯度检验结果</translation>
    </message>
    <message>
        <source>Gradient check per tensor</source>
        <translation>逐张量的梯度检验</translation>
    </message>
    <message>
        <source>Details of the current row</source>
        <translation>当前行的详情</translation>
    </message>
    <message>
        <source>One row per parameter tensor (W1 = weights of layer 1, b1 = its biases), and the update direction.</source>
        <translation>每个参数张量一行（W1 = 第 1 层的权重，b1 = 其偏置），以及更新方向。</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>比较数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Max relative
error</source>
        <translation>最大
相对误差</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Press the button to check the network in the form.</source>
        <translation>按下按钮，检验表单中的网络。</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>正在检验 {0}……</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Not checked: only {0} of {1} weights could be compared, too few to vouch for {2}</source>
        <translation>未能检验：{1} 个权重中只有 {0} 个能比较，太少，无法为 {2} 作保</translation>
    </message>
    <message>
        <source>Agrees to rounding wherever it could be compared</source>
        <translation>在能比较的地方都在舍入误差内一致</translation>
    </message>
    <message>
        <source>Close but not exact: most likely a wrong term upstream that changes the gradient only a little</source>
        <translation>接近但不精确：多半是上游有一项算错了，只让梯度变了一点</translation>
    </message>
    <message>
        <source>Nothing measurable flows back to {0}</source>
        <translation>没有可测量的梯度流回 {0}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The gradients of {0} are too small to check: units in front saturated or dead, or a network already sure of these images.</source>
        <translation>{0} 的梯度太小，无法检验：前面的单元饱和或死亡，或者网络对这些图像已非常确定。</translation>
    </message>
    <message>
        <source>One tiny optimiser step raised the loss by {0:.1e}; uphill: {1}</source>
        <translation>优化器的一小步使损失上升了 {0:.1e}；上坡：{1}</translation>
    </message>
    <message>
        <source>the total</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>too small to check: every gradient is below {0:.1e}, what the central difference can resolve here</source>
        <translation>太小，无法检验：所有梯度都低于 {0:.1e}，即中心差分在此能分辨的大小</translation>
    </message>
    <message>
        <source>differences up to {0:.1e}, within what the central difference can resolve here ({1:.1e})</source>
        <translation>差异至多 {0:.1e}，在中心差分此处能分辨的范围（{1:.1e}）之内</translation>
    </message>
    <message>
        <source>{0} compared over a smaller step (h/4 or h/16): w ± h straddled a kink (a ReLU at 0, or a tie in max pooling)</source>
        <translation>其中 {0} 个用更小的步长（h/4 或 h/16）比较：w ± h 跨过了一个折点（ReLU 在 0 处，或最大池化中的并列值）</translation>
    </message>
    <message>
        <source>{0} compared with a one-sided difference: a kink (a ReLU at 0, or a tie in max pooling) within h/16 on the other side of w</source>
        <translation>其中 {0} 个用单侧差分比较：w 的另一侧 h/16 以内有一个折点（ReLU 在 0 处，或最大池化中的并列值）</translation>
    </message>
    <message>
        <source>{0} at a kink at w, or too close to w to tell: backprop may take any slope between the two sides&apos; (a subgradient)</source>
        <translation>其中 {0} 个的折点在 w 处，或离 w 太近无法分辨：反向传播可以取两侧斜率之间的任何值（次梯度）</translation>
    </message>
    <message>
        <source>{0} not compared: a kink within h/16 on each side of w</source>
        <translation>其中 {0} 个未能比较：w 两侧 h/16 以内各有一个折点</translation>
    </message>
    <message>
        <source>{0} not compared: a kink within h/16 on one side of w, and backprop differs from the other side&apos;s slope</source>
        <translation>其中 {0} 个未能比较：w 一侧 h/16 以内有一个折点，而反向传播与另一侧的斜率不一致</translation>
    </message>
    <message>
        <source>One tiny optimiser step lowered the loss in total, but the step of {0} alone raised it (by up to {1:.1e}): the other tensors&apos; steps hide it</source>
        <translation>优化器的一小步总体上使损失下降，但只走 {0} 的那一步会使损失上升（最多 {1:.1e}）：其他张量的步子掩盖了这一点</translation>
    </message>
    <message>
        <source>One tiny step changed nothing measurable: no gradient</source>
        <translation>一小步没有带来任何可测量的变化：没有梯度</translation>
    </message>
    <message>
        <source>One tiny optimiser step changed the loss by {0:.1e}, within rounding</source>
        <translation>优化器的一小步使损失改变了 {0:.1e}，在舍入误差之内</translation>
    </message>
    <message>
        <source>One tiny optimiser step lowered the loss by {0:.1e}, as it must</source>
        <translation>优化器的一小步使损失下降了 {0:.1e}，理应如此</translation>
    </message>
    <message>
        <source>update direction</source>
        <translation>更新方向</translation>
    </message>
    <message>
        <source>one step</source>
        <translation>一步</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>{0:.0f} ms</source>
        <translation>{0:.0f} 毫秒</translation>
    </message>
    <message>
        <source>Backprop and the numbers disagree: the derivative feeding {0} is wrong</source>
        <translation>反向传播与数值结果不一致：通向 {0} 的导数是错的</translation>
    </message>
    <message>
        <source>Agrees to rounding (largest gradient {0:.1e})</source>
        <translation>在舍入误差内一致（最大梯度 {0:.1e}）</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>vanishing</source>
        <translation>消失</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检验</translation>
    </message>
    <message>
        <source>Backprop is wrong for {0}: the derivative feeding these tensors does not match the numbers.</source>
        <translation>{0} 的反向传播是错的：通向这些张量的导数与数值结果不符。</translation>
    </message>
    <message>
        <source>Not checked: most weights of {0} could not be compared, so the check cannot vouch for them.</source>
        <translation>未能检验：{0} 的大多数权重无法比较，检验无法为它们作保。</translation>
    </message>
    <message>
        <source>in total</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>The step goes uphill ({0}): it follows the wrong gradient.</source>
        <translation>这一步在走上坡（{0}）：它沿着错误的梯度走。</translation>
    </message>
    <message>
        <source>The step goes uphill ({0}) although the gradient is right wherever it could be checked: most likely the update adds the step instead of subtracting it.</source>
        <translation>凡能检验之处梯度都是对的，这一步却在走上坡（{0}）：很可能是更新把步长加上了而不是减去。</translation>
    </message>
    <message>
        <source>The step goes uphill ({0}) although the gradient is right: the update adds the step instead of subtracting it.</source>
        <translation>梯度是对的，这一步却在走上坡（{0}）：更新把步长加上了而不是减去。</translation>
    </message>
    <message>
        <source>Look closer at {0}.</source>
        <translation>仔细看看 {0}。</translation>
    </message>
    <message>
        <source>Every tensor passes and the step goes downhill: backprop is right.</source>
        <translation>所有张量都通过，且这一步在下坡：反向传播是对的。</translation>
    </message>
    <message>
        <source>{0} images, {1:.2f} s · {2}</source>
        <translation>{0} 张图像，{1:.2f} 秒 · {2}</translation>
    </message>
</context>
<context>
    <name>HiddenLayersEdit</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>添加一个隐藏层</translation>
    </message>
    <message>
        <source>Add a hidden layer after the last one.</source>
        <translation>在最后一层之后添加一个隐藏层。</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>删除最后一个隐藏层</translation>
    </message>
    <message>
        <source>Remove the last hidden layer.</source>
        <translation>删除最后一个隐藏层。</translation>
    </message>
    <message>
        <source>Units in hidden layer {0}</source>
        <translation>第 {0} 个隐藏层的单元数</translation>
    </message>
    <message>
        <source>Units (neurons) in hidden layer {0}. More units can learn more detailed
features but train slower; 100-800 is typical for MNIST.</source>
        <translation>第 {0} 个隐藏层的单元（神经元）数。单元越多能学到越细的
特征，但训练越慢；MNIST 通常用 100-800。</translation>
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
        <translation>第一个隐藏层的单元 j 把每个像素乘以它自己的权重 W[pixel, j] 再相加。
把这些权重画成 28 x 28 的图像，就能看到激发该单元（红色）
或抑制它（蓝色）的笔迹图案；白色像素被忽略。
它们一开始是随机噪声；随着网络学习，会出现笔画和斑块。
留下来的斑点大多在边缘附近，那是随机的初始值：一个在每张
图像里都空白的像素得不到梯度，所以它的权重永远不会改变。</translation>
    </message>
    <message>
        <source>First layer: what each unit looks for</source>
        <translation>第一层：每个单元在寻找什么</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>第一层权重</translation>
    </message>
    <message>
        <source>One colour scale for all units</source>
        <translation>所有单元使用同一色标</translation>
    </message>
    <message>
        <source>Off: each tile has its own scale (its largest weight is full colour), so every
unit&apos;s pattern is visible. On: one scale for all, so you see which units have
large weights and which hardly matter.</source>
        <translation>关闭：每个图块有自己的色标（其最大权重为满色），因此每个
单元的图案都清晰可见。打开：所有单元共用一个色标，可以看出哪些
单元权重大、哪些几乎不起作用。</translation>
    </message>
    <message>
        <source>ink here inhibits</source>
        <translation>此处有墨迹则抑制</translation>
    </message>
    <message>
        <source>ink here excites</source>
        <translation>此处有墨迹则激发</translation>
    </message>
    <message>
        <source>Your digit</source>
        <translation>你的数字</translation>
    </message>
    <message>
        <source>How the network reads the digit on the drawing panel, with the weights
it has right now (live while it trains).</source>
        <translation>网络如何用它此刻的权重读取画板上的数字
（训练时实时更新）。</translation>
    </message>
    <message>
        <source>Explain the score of</source>
        <translation>解释该数字的得分：</translation>
    </message>
    <message>
        <source>Digit to explain</source>
        <translation>要解释的数字</translation>
    </message>
    <message>
        <source>Which digit&apos;s score the two maps explain: the digit the network reads, or any
other (&quot;why not an 8?&quot;). The score is the output for that digit before the
softmax (the logit).</source>
        <translation>两张图解释的是哪个数字的得分：网络读出的数字，或任何
其他数字（“为什么不是 8？”）。得分是该数字在 softmax 之前
的输出（logit）。</translation>
    </message>
    <message>
        <source>Ink times gradient</source>
        <translation>墨迹 × 梯度</translation>
    </message>
    <message>
        <source>Each pixel&apos;s ink times the gradient of the digit&apos;s score with respect to
that pixel (input x gradient): red ink makes the network more sure of the
digit, blue ink argues against it. Pixels without ink contribute nothing.</source>
        <translation>每个像素的墨迹乘以该数字得分对此像素的梯度
（输入 x 梯度）：红色墨迹让网络更确定是这个数字，
蓝色墨迹则与之相反。没有墨迹的像素没有贡献。</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>The gradient of the digit&apos;s score with respect to every pixel: red where
adding ink would raise the score, blue where it would lower it. The digit
is shaded darker.</source>
        <translation>该数字的得分对每个像素的梯度：红色处加墨迹会提高
得分，蓝色处会降低得分。数字本身以较深的颜色显示。</translation>
    </message>
    <message>
        <source>ink × gradient</source>
        <translation>墨迹 × 梯度</translation>
    </message>
    <message>
        <source>pushes the score down</source>
        <translation>拉低得分</translation>
    </message>
    <message>
        <source>pushes it up</source>
        <translation>提高得分</translation>
    </message>
    <message>
        <source>Validation set</source>
        <translation>验证集</translation>
    </message>
    <message>
        <source>The images held out from training (the same ones every epoch), read by
the network after each epoch.</source>
        <translation>不参与训练的图像（每轮都是同一批），
网络在每轮结束后读取它们。</translation>
    </message>
    <message>
        <source>Click a cell to see its digits.</source>
        <translation>点击格子查看其中的数字。</translation>
    </message>
    <message>
        <source>Misread digits</source>
        <translation>读错的数字</translation>
    </message>
    <message>
        <source>Validation digits with their true label and what the network read
(true → read). Click one to put it on the drawing panel and see why.</source>
        <translation>验证集中的数字，附真实标签和网络的读数
（真实 → 读出）。点击一个，把它放到画板上看看原因。</translation>
    </message>
    <message>
        <source>All mistakes</source>
        <translation>所有错误</translation>
    </message>
    <message>
        <source>Show all mistakes</source>
        <translation>显示所有错误</translation>
    </message>
    <message>
        <source>Show every misread digit again, not one cell</source>
        <translation>重新显示所有读错的数字，而不只是一个格子</translation>
    </message>
    <message>
        <source>Validation set: reading it…</source>
        <translation>验证集：读取中……</translation>
    </message>
    <message>
        <source>the digit it reads</source>
        <translation>它读出的数字</translation>
    </message>
    <message>
        <source>The first layer of this network is a convolution: each filter is a small stamp
of weights (5 x 5 for conv32x5) slid over the whole image. Drawn as a picture,
a filter shows the pattern it responds to: red where ink excites it, blue where
ink inhibits it. Below: what each filter finds in the digit on the pad.</source>
        <translation>这个网络的第一层是卷积：每个卷积核是一小块权重（conv32x5 为 5 x 5），
在整张图像上滑动。画成图片后，卷积核显示它响应的图案：墨迹激发它处为红色，
墨迹抑制它处为蓝色。下方：每个卷积核在画板上的数字中找到了什么。</translation>
    </message>
    <message>
        <source>gradient: what more ink would do</source>
        <translation>梯度：多加墨迹的效果</translation>
    </message>
    <message>
        <source>Validation, {0}: {1:.1f}% right ({2} of {3})</source>
        <translation>验证，{0}：{1:.1f}% 正确（{3} 张中的 {2} 张）</translation>
    </message>
    <message>
        <source>training goes on: read again after each epoch</source>
        <translation>训练仍在进行：每轮之后重新读取</translation>
    </message>
    <message>
        <source>after epoch {0}</source>
        <translation>第 {0} 轮之后</translation>
    </message>
    <message>
        <source>No model yet: train one or open a saved model.</source>
        <translation>还没有模型：训练一个或打开已保存的模型。</translation>
    </message>
    <message>
        <source>Reading the validation digits…</source>
        <translation>正在读取验证集数字……</translation>
    </message>
    <message>
        <source>First layer: the filters of {0}</source>
        <translation>第一层：{0} 的卷积核</translation>
    </message>
    <message>
        <source>full colour at |w| = {0:.2g}</source>
        <translation>|w| = {0:.2g} 时为满色</translation>
    </message>
    <message>
        <source>each on its own scale</source>
        <translation>各自使用自己的色标</translation>
    </message>
    <message>
        <source>{0}, {1}.</source>
        <translation>{0}，{1}。</translation>
    </message>
    <message>
        <source>Some weights are not numbers: training diverged.</source>
        <translation>部分权重不是数字：训练发散了。</translation>
    </message>
    <message>
        <source>Filter {0}: weights from {1:.3g} to {2:.3g}</source>
        <translation>卷积核 {0}：权重从 {1:.3g} 到 {2:.3g}</translation>
    </message>
    <message>
        <source>Unit {0}: weights from {1:.3g} to {2:.3g}</source>
        <translation>单元 {0}：权重从 {1:.3g} 到 {2:.3g}</translation>
    </message>
    <message>
        <source>Draw a digit on the pad, or click a digit in the gallery.</source>
        <translation>在画板上写一个数字，或点击图库中的一个数字。</translation>
    </message>
    <message>
        <source>The network&apos;s outputs are not numbers (NaN): its training diverged.</source>
        <translation>网络的输出不是数字（NaN）：训练发散了。</translation>
    </message>
    <message>
        <source>Your digit: one output, not a probability: {0}</source>
        <translation>你的数字：一个输出，不是概率：{0}</translation>
    </message>
    <message>
        <source>Your digit: one output, not a probability: {0}; explaining {1}</source>
        <translation>你的数字：一个输出，不是概率：{0}；正在解释 {1}</translation>
    </message>
    <message>
        <source>As drawn: read as {0} ({1}); the pad averages {2} views</source>
        <translation>按原样：读作 {0}（{1}）；画板对 {2} 个版本取平均</translation>
    </message>
    <message>
        <source>As drawn: read as {0}; explaining {1} ({2}); the pad averages {3} views</source>
        <translation>按原样：读作 {0}；正在解释 {1}（{2}）；画板对 {3} 个版本取平均</translation>
    </message>
    <message>
        <source>Your digit: read as {0} ({1})</source>
        <translation>你的数字：读作 {0}（{1}）</translation>
    </message>
    <message>
        <source>Your digit: read as {0}; explaining {1} ({2})</source>
        <translation>你的数字：读作 {0}；正在解释 {1}（{2}）</translation>
    </message>
    <message>
        <source>pixel ({0}, {1}): ink {2:.2f} × gradient {3:.3g} = {4:.3g}</source>
        <translation>像素 ({0}, {1})：墨迹 {2:.2f} × 梯度 {3:.3g} = {4:.3g}</translation>
    </message>
    <message>
        <source>In all, red ink adds {1:+.2f} to the score of {0}, blue ink {2:+.2f}.</source>
        <translation>总计，红色墨迹为 {0} 的得分增加 {1:+.2f}，蓝色墨迹增加 {2:+.2f}。</translation>
    </message>
    <message>
        <source>Hidden layer {0} activations</source>
        <translation>第 {0} 个隐藏层的激活值</translation>
    </message>
    <message>
        <source>One cell per unit of this hidden layer: its output for the digit on the pad.</source>
        <translation>该隐藏层每个单元一格：它对画板上数字的输出。</translation>
    </message>
    <message>
        <source>unit {0}: {1:.3g}</source>
        <translation>单元 {0}：{1:.3g}</translation>
    </message>
    <message>
        <source>Each cell is one unit&apos;s output for this digit, from 0 (white) to 1 (dark).
Saturated: below 0.05 or above 0.95, where the slope a*(1-a) is almost 0
and almost no gradient flows back through the unit.</source>
        <translation>每一格是一个单元对该数字的输出，从 0（白）到 1（深）。
饱和：低于 0.05 或高于 0.95，此时斜率 a*(1-a) 几乎为 0，
几乎没有梯度能经过该单元反向传回。</translation>
    </message>
    <message>
        <source>Each cell is one unit&apos;s output for this digit, from -1 (blue) to 1 (red).
Saturated: |output| above 0.95, where the slope 1-a² is almost 0.</source>
        <translation>每一格是一个单元对该数字的输出，从 -1（蓝）到 1（红）。
饱和：|输出| 高于 0.95，此时斜率 1-a² 几乎为 0。</translation>
    </message>
    <message>
        <source>Each cell is one unit&apos;s output for this digit (white: 0; darkest: the largest in the layer).
Active: above 0. A ReLU unit that is never active for any digit is dead: it cannot learn.</source>
        <translation>每一格是一个单元对该数字的输出（白：0；最深：该层中的最大值）。
激活：大于 0。对任何数字都从不激活的 ReLU 单元已经死亡：它无法学习。</translation>
    </message>
    <message>
        <source>Validation set: none (its size is 0 in the form)</source>
        <translation>验证集：无（表单中其大小为 0）</translation>
    </message>
    <message>
        <source>No validation images.</source>
        <translation>没有验证图像。</translation>
    </message>
    <message>
        <source>Validation set: the outputs are not numbers (NaN): training diverged</source>
        <translation>验证集：输出不是数字（NaN）：训练发散了</translation>
    </message>
    <message>
        <source>Misread digits: {0}</source>
        <translation>读错的数字：{0}</translation>
    </message>
    <message>
        <source>{0} read right: {1}</source>
        <translation>{0} 读对：{1}</translation>
    </message>
    <message>
        <source>{0} read as {1}: {2}</source>
        <translation>{0} 读作 {1}：{2}</translation>
    </message>
    <message>
        <source>The most confidently wrong first.</source>
        <translation>最自信的错误排在最前。</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln filter(s)</source>
        <translation>
            <numerusform>全部 %Ln 个卷积核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first {0} of %Ln filter(s)</source>
        <translation>
            <numerusform>%Ln 个卷积核中的前 {0} 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln unit(s)</source>
        <translation>
            <numerusform>全部 %Ln 个单元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first {0} of %Ln unit(s)</source>
        <translation>
            <numerusform>%Ln 个单元中的前 {0} 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden layer {0}: %Ln sigmoid unit(s), {1} saturated</source>
        <translation>
            <numerusform>隐藏层 {0}：%Ln 个 sigmoid 单元，其中 {1} 个饱和</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden layer {0}: %Ln tanh unit(s), {1} saturated</source>
        <translation>
            <numerusform>隐藏层 {0}：%Ln 个 tanh 单元，其中 {1} 个饱和</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden layer {0}: %Ln {1} unit(s), {2} active</source>
        <translation>
            <numerusform>隐藏层 {0}：%Ln 个 {1} 单元，其中 {2} 个被激活</numerusform>
        </translation>
    </message>
    <message>
        <source>The least sure first.</source>
        <translation>最不确定的排在最前。</translation>
    </message>
    <message>
        <source>The most sure first.</source>
        <translation>最确定的排在最前。</translation>
    </message>
    <message>
        <source>The first {0} are shown.</source>
        <translation>只显示前 {0} 个。</translation>
    </message>
    <message>
        <source>Click one to put it on the pad.</source>
        <translation>点击一个把它放到画板上。</translation>
    </message>
    <message>
        <source>None: every digit of the validation set is read correctly.</source>
        <translation>无：验证集中的每个数字都读对了。</translation>
    </message>
    <message>
        <source>A {0}, read as {1} ({2:.0f}% sure). Click to put it on the drawing panel.</source>
        <translation>一个 {0}，被读作 {1}（置信度 {2:.0f}%）。点击把它放到画板上。</translation>
    </message>
    <message>
        <source>A {0} from the validation set. Draw on the pad to replace it.</source>
        <translation>验证集中的一个 {0}。在画板上书写以替换它。</translation>
    </message>
</context>
<context>
    <name>LabController</name>
    <message>
        <source>This fix cannot be applied</source>
        <translation>无法应用此修复</translation>
    </message>
    <message>
        <source>Fix applied to the form ({0}). Press Start to see it work.</source>
        <translation>修复已应用到表单（{0}）。按“开始”看它的效果。</translation>
    </message>
    <message>
        <source>Loaded {0} into the form. Press Start, then watch the Diagnostics tab.</source>
        <translation>已载入表单：{0}。按“开始”，然后观察“诊断”标签页。</translation>
    </message>
    <message>
        <source>update direction</source>
        <translation>更新方向</translation>
    </message>
    <message>
        <source>fails on {0}</source>
        <translation>在{0}上失败</translation>
    </message>
    <message>
        <source>could not check {0} (most weights could not be compared)</source>
        <translation>无法检验 {0}（大多数权重无法比较）</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>no failure, but look at the table</source>
        <translation>没有失败，但请看看表格</translation>
    </message>
    <message>
        <source>Gradient check: {0}.</source>
        <translation>梯度检验：{0}。</translation>
    </message>
    <message>
        <source>Timing one step both ways…</source>
        <translation>正在用两种方法为一步计时……</translation>
    </message>
    <message>
        <source>extrapolated from {0} of {1} parameters</source>
        <translation>由 {1} 个参数中的 {0} 个外推</translation>
    </message>
    <message>
        <source>measured on all {0} of {1} parameters</source>
        <translation>在全部 {1} 个参数中的 {0} 个上测得</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s): {0:.1f} s against {1}.</source>
        <translation>
            <numerusform>%Ln 步：反向传播 {0:.1f} 秒，数值梯度 {1}。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;One step on a batch of {0}:&lt;/b&gt; backprop {1:.2f} ms; numerical gradients {2} s ({3}): about &lt;b&gt;{4} times slower&lt;/b&gt;. {5}</source>
        <translation>&lt;b&gt;在 {0} 张图像的批次上走一步：&lt;/b&gt;反向传播 {1:.2f} 毫秒；数值梯度 {2} 秒（{3}）：大约&lt;b&gt;慢 {4} 倍&lt;/b&gt;。{5}</translation>
    </message>
</context>
<context>
    <name>LayerMapView</name>
    <message>
        <source>the bundled MNIST</source>
        <translation>内置 MNIST</translation>
    </message>
    <message numerus="yes">
        <source>Mapping up to %Ln validation digit(s)…</source>
        <translation>
            <numerusform>正在映射最多 %Ln 个验证数字……</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hidden layer {0} (%Ln unit(s))</source>
        <translation>
            <numerusform>隐藏层 {0}（%Ln 个单元）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln validation digit(s) of {0}; the two directions keep {1:.0%} and {2:.0%} of the variance.</source>
        <translation>
            <numerusform>{0} 的 %Ln 个验证数字；两个方向分别保留了 {1:.0%} 和 {2:.0%} 的方差。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plus your %Ln kept digit(s).</source>
        <translation>
            <numerusform>另有你保存的 %Ln 个数字。</numerusform>
        </translation>
    </message>
    <message>
        <source>(only the digits {0}: the ones the model learns)</source>
        <translation>（只有数字 {0}：模型学习的数字）</translation>
    </message>
    <message>
        <source>your kept digits</source>
        <translation>你保存的数字</translation>
    </message>
    <message>
        <source>the digit on the pad</source>
        <translation>画板上的数字</translation>
    </message>
    <message>
        <source>La&amp;yer</source>
        <translation>层(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;My digits</source>
        <translation>我的数字(&amp;M)</translation>
    </message>
    <message>
        <source>Also place the digits you kept (My handwriting tab) on the map, as squares
in their digit&apos;s colour: do yours land among the validation digits?</source>
        <translation>把你保存的数字（“我的手写”标签页）也放到图上，显示为该数字颜色的方块：
你的数字落在验证数字中间吗？</translation>
    </message>
    <message>
        <source>first principal component</source>
        <translation>第一主成分</translation>
    </message>
    <message>
        <source>second</source>
        <translation>第二主成分</translation>
    </message>
    <message>
        <source>Train or open a model with a hidden layer to map its validation digits.</source>
        <translation>训练或打开一个带隐藏层的模型，即可映射它的验证集数字。</translation>
    </message>
</context>
<context>
    <name>LiveRates</name>
    <message>
        <source>While it trains</source>
        <translation>训练进行中</translation>
    </message>
    <message>
        <source>Change the learning rate and momentum of the run in progress: they apply from
the next batch, a dashed line marks the change on the learning curves, and the
model&apos;s history records it. Pause and resume keep them.</source>
        <translation>修改正在进行的训练的学习率和动量：从下一个批次起生效，
学习曲线上用一条虚线标出这次修改，
模型的历史会记录它。暂停和继续会保留它们。</translation>
    </message>
    <message>
        <source>&amp;lr</source>
        <translation>学习率(&amp;L)</translation>
    </message>
    <message>
        <source>Learning rate while training</source>
        <translation>训练中的学习率</translation>
    </message>
    <message>
        <source>m&amp;omentum</source>
        <translation>动量(&amp;O)</translation>
    </message>
    <message>
        <source>Momentum while training</source>
        <translation>训练中的动量</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Use these from the next batch (Enter in a field)</source>
        <translation>从下一个批次起使用这些值（在输入框中按 Enter）</translation>
    </message>
    <message>
        <source>Apply the learning rate and momentum</source>
        <translation>应用学习率和动量</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ready. Choose settings and press Start (Space), or open a model (Ctrl+O).</source>
        <translation>就绪。选择设置并按“开始”（空格键），或打开一个模型（Ctrl+O）。</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>当前使用的模型</translation>
    </message>
    <message>
        <source>The model the drawing panel reads with, and the one File &gt; Save writes.</source>
        <translation>画板用来读取的模型，也是“文件 &gt; 保存”写出的模型。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>写一个数字</translation>
    </message>
    <message>
        <source>Views of the training</source>
        <translation>训练视图</translation>
    </message>
    <message>
        <source>Learning curves</source>
        <translation>学习曲线</translation>
    </message>
    <message>
        <source>Loss of every batch, validation loss and accuracy per epoch</source>
        <translation>每个批次的损失，每轮的验证损失和准确率</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>网络内部</translation>
    </message>
    <message>
        <source>What the hidden units look for, how the network reads your digit, and which validation digits it gets wrong</source>
        <translation>隐藏单元在寻找什么，网络如何读取你的数字，以及它读错了哪些验证数字</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Per layer, live: weights against the initial ones, the activations entering it and its gradients</source>
        <translation>逐层实时显示：权重与初始权重的对比、进入该层的激活值及其梯度</translation>
    </message>
    <message>
        <source>Layer map</source>
        <translation>层图</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <source>Every training run, kept; tick runs to overlay their curves</source>
        <translation>保留每次训练运行；勾选运行以叠加它们的曲线</translation>
    </message>
    <message>
        <source>One digit&apos;s maths</source>
        <translation>一个数字的数学</translation>
    </message>
    <message>
        <source>For the digit on the pad: z = Wx + b, activations, deltas and dL/dW layer by layer, copyable as NumPy arrays</source>
        <translation>针对画板上的数字：逐层显示 z = Wx + b、激活值、delta 和 dL/dW，可复制为 NumPy 数组</translation>
    </message>
    <message>
        <source>My handwriting</source>
        <translation>我的手写</translation>
    </message>
    <message>
        <source>Your own kept digits, how the model reads them, and fine-tuning on them</source>
        <translation>你自己保存的数字、模型如何读取它们，以及在它们上的微调</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Per layer: gradient size, update-to-weight ratio, saturated and dead units; findings in plain words with a one-click fix</source>
        <translation>逐层：梯度大小、更新与权重之比、饱和与死亡单元；用浅显的话说明发现，并可一键修复</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>梯度检验</translation>
    </message>
    <message>
        <source>Backprop against numerical gradients, per weight tensor</source>
        <translation>逐个权重张量，将反向传播与数值梯度比较</translation>
    </message>
    <message>
        <source>Learners&apos; questions</source>
        <translation>学习者的问题</translation>
    </message>
    <message>
        <source>Four networks that failed silently, replayed, each with its fixed twin</source>
        <translation>四个悄无声息失败的网络，逐一重现，各带一个修正后的孪生版本</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>The training data: images per digit and samples of the chosen digits</source>
        <translation>训练数据：每个数字的图像数及所选数字的样例</translation>
    </message>
    <message>
        <source>Scroll the tabs left</source>
        <translation>向左滚动标签页</translation>
    </message>
    <message>
        <source>Scroll the tabs right</source>
        <translation>向右滚动标签页</translation>
    </message>
    <message>
        <source>&amp;Read Me</source>
        <translation>自述文件(&amp;R)</translation>
    </message>
    <message>
        <source>How DigitDesk works, its options and its figures</source>
        <translation>DigitDesk 如何工作、它的选项和测得的数据</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every keyboard shortcut</source>
        <translation>所有键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;Teach It Your Handwriting…</source>
        <translation>教它认你的笔迹(&amp;T)…</translation>
    </message>
    <message>
        <source>Draw each digit twice; the model then learns your style</source>
        <translation>每个数字写两遍；模型随后会学会你的书写风格</translation>
    </message>
    <message>
        <source>Logarithmic Loss &amp;Axis</source>
        <translation>对数损失坐标轴(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>下一个视图(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>上一个视图(&amp;P)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language ({0})</source>
        <translation>跟随系统语言(&amp;S)（{0}）</translation>
    </message>
    <message>
        <source>Train or open a model first (and let training finish), then teach it your handwriting.</source>
        <translation>请先训练或打开一个模型（并等训练结束），再教它认你的笔迹。</translation>
    </message>
    <message>
        <source>validation {0:.2f}% before the fine-tune</source>
        <translation>微调前验证 {0:.2f}%</translation>
    </message>
    <message>
        <source>validation {0:.2f}% (epoch {1})</source>
        <translation>验证 {0:.2f}%（第 {1} 轮）</translation>
    </message>
    <message numerus="yes">
        <source>fine-tuned on %Ln of your digits</source>
        <translation>
            <numerusform>已在你的 %Ln 个数字上微调</numerusform>
        </translation>
    </message>
    <message>
        <source>fine-tuned on your digits</source>
        <translation>已在你的数字上微调</translation>
    </message>
    <message>
        <source>&lt;i&gt;a new network ({0}) waits to train&lt;/i&gt;</source>
        <translation>&lt;i&gt;新网络（{0}）等待训练&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;paused: {0} in this run&lt;/i&gt;</source>
        <translation>&lt;i&gt;已暂停：本次运行已训练 {0}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;training now: {0} in this run&lt;/i&gt;</source>
        <translation>&lt;i&gt;正在训练：本次运行已训练 {0}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Wait until fine-tuning has finished: it delivers the model in use in a few seconds.</source>
        <translation>请等待微调结束：几秒钟后它会交付当前使用的模型。</translation>
    </message>
    <message>
        <source>Learning rate {0:g} and momentum {1:g} from the next batch.</source>
        <translation>从下一个批次起学习率为 {0:g}，动量为 {1:g}。</translation>
    </message>
    <message>
        <source>These settings cannot be used</source>
        <translation>无法使用这些设置</translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <source>Some remembered settings could not be read and are back to their defaults: {0}.</source>
        <translation>部分记住的设置无法读取，已恢复为默认值：{0}。</translation>
    </message>
    <message>
        <source>Welcome back: the pad reads with the model adapted to your handwriting, as when you closed DigitDesk (Use the original switches back).</source>
        <translation>欢迎回来：画板用适应了你的笔迹的模型来读，和你关闭 DigitDesk 时一样（点击“使用原来的模型”可以切换回去）。</translation>
    </message>
    <message>
        <source>PCA of a hidden layer&apos;s activations over validation digits of the data in use, with your digit (and your kept digits) placed on it</source>
        <translation>在所用数据的验证数字上对某个隐藏层的激活做 PCA，并把你的数字（以及你保存的数字）放到图上</translation>
    </message>
    <message>
        <source>Open a saved model (.npz)</source>
        <translation>打开已保存的模型（.npz）</translation>
    </message>
    <message>
        <source>&amp;Save Model</source>
        <translation>保存模型(&amp;S)</translation>
    </message>
    <message>
        <source>Save the model in use</source>
        <translation>保存当前使用的模型</translation>
    </message>
    <message>
        <source>Save Model &amp;As…</source>
        <translation>模型另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the model in use to a new file</source>
        <translation>把当前使用的模型保存到新文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close DigitDesk</source>
        <translation>关闭 DigitDesk</translation>
    </message>
    <message>
        <source>&amp;Start Training</source>
        <translation>开始训练(&amp;S)</translation>
    </message>
    <message>
        <source>Train with the settings in the form</source>
        <translation>用表单中的设置训练</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause or resume training</source>
        <translation>暂停或继续训练</translation>
    </message>
    <message>
        <source>S&amp;top Training</source>
        <translation>停止训练(&amp;T)</translation>
    </message>
    <message>
        <source>Stop training and keep the weights learnt so far</source>
        <translation>停止训练并保留目前学到的权重</translation>
    </message>
    <message>
        <source>Train One &amp;Batch</source>
        <translation>训练一个批次(&amp;B)</translation>
    </message>
    <message>
        <source>Train exactly one batch, then pause</source>
        <translation>只训练一个批次，然后暂停</translation>
    </message>
    <message>
        <source>&amp;Reset Weights</source>
        <translation>重置权重(&amp;R)</translation>
    </message>
    <message>
        <source>Start again from fresh random weights</source>
        <translation>从新的随机权重重新开始</translation>
    </message>
    <message>
        <source>&amp;About DigitDesk</source>
        <translation>关于 DigitDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Drawing</source>
        <translation>绘图(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <source>No model yet. Press &lt;b&gt;Start&lt;/b&gt; to train one, or open a saved model (&lt;b&gt;Ctrl+O&lt;/b&gt;, or drop a .npz file on the window).</source>
        <translation>还没有模型。按&lt;b&gt;开始&lt;/b&gt;训练一个，或打开已保存的模型（&lt;b&gt;Ctrl+O&lt;/b&gt;，或把 .npz 文件拖到窗口上）。</translation>
    </message>
    <message>
        <source>test accuracy &lt;b&gt;{0:.2f}%&lt;/b&gt;</source>
        <translation>测试准确率 &lt;b&gt;{0:.2f}%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>validation {0:.2f}%</source>
        <translation>验证 {0:.2f}%</translation>
    </message>
    <message>
        <source>saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>&lt;i&gt;not saved&lt;/i&gt;</source>
        <translation>&lt;i&gt;未保存&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Stop training before opening a model.</source>
        <translation>打开模型前请先停止训练。</translation>
    </message>
    <message>
        <source>Wait until fine-tuning has finished before opening a model.</source>
        <translation>请等待微调结束后再打开模型。</translation>
    </message>
    <message>
        <source>Stop training before saving.</source>
        <translation>保存前请先停止训练。</translation>
    </message>
    <message>
        <source>There is no model to save yet: train one first.</source>
        <translation>还没有可保存的模型：请先训练一个。</translation>
    </message>
    <message numerus="yes">
        <source>Dropped %Ln file(s): digitdesk opens one file at a time, a model (.npz) or a CSV of digits</source>
        <translation>
            <numerusform>拖入了 %Ln 个文件：digitdesk 一次只打开一个文件，即一个模型（.npz）或一个数字 CSV</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open {0}: digitdesk opens models (.npz) and tables of digits (.csv)</source>
        <translation>无法打开 {0}：digitdesk 只能打开模型（.npz）和数字表格（.csv）</translation>
    </message>
    <message>
        <source>A model: a .npz file saved by digitdesk. Digits: Kaggle&apos;s train.csv (a label, then 784 pixels, a row per digit). For MNIST&apos;s own files, a pair of IDX files or their folder, use File &gt; Import Training Data.</source>
        <translation>模型：digitdesk 保存的 .npz 文件。数字：Kaggle 的 train.csv（每行一个数字：先是标签，再是 784 个像素）。MNIST 的原始文件（一对 IDX 文件或其所在文件夹）请用“文件 &gt; 导入训练数据”。</translation>
    </message>
    <message>
        <source>Cannot import {0} now: stop training (or wait for the data being read) first.</source>
        <translation>现在不能导入 {0}：请先停止训练（或等正在读取的数据读完）。</translation>
    </message>
    <message>
        <source>close DigitDesk</source>
        <translation>关闭 DigitDesk</translation>
    </message>
    <message>
        <source>About DigitDesk</source>
        <translation>关于 DigitDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DigitDesk {0}&lt;/h3&gt;&lt;p&gt;Train a neural network written from scratch in NumPy on handwritten digits, watch it learn, and draw digits for it to read.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DigitDesk {0}&lt;/h3&gt;&lt;p&gt;用一个从零开始以 NumPy 编写的神经网络学习手写数字，观察它如何学习，再写数字让它读。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MathsView</name>
    <message>
        <source>Draw a digit on the pad (and train or open a model) to see its numbers here.</source>
        <translation>在画板上画一个数字（并训练或打开一个模型），即可在这里看到它的数值。</translation>
    </message>
    <message>
        <source>Train or open a model to see the numbers of the digit you drew.</source>
        <translation>训练或打开一个模型，即可看到你所画数字的数值。</translation>
    </message>
    <message>
        <source>Draw a digit on the pad to see its numbers here.</source>
        <translation>在画板上画一个数字，即可在这里看到它的数值。</translation>
    </message>
    <message>
        <source>This model has no output for {0}: choose one of the digits it knows ({1}).</source>
        <translation>这个模型没有 {0} 的输出：请选择它认识的数字之一（{1}）。</translation>
    </message>
    <message>
        <source>One output, a number, not a probability: {0}. Loss for target {1}: {2:.6g}. Forward: z = a_prev @ W + b, a = f(z). Backward: delta = dL/dz, dL/dW = outer(a_prev, delta).</source>
        <translation>只有一个输出，是一个数，不是概率：{0}。目标 {1} 的损失：{2:.6g}。前向传播：z = a_prev @ W + b, a = f(z)。反向传播：delta = dL/dz, dL/dW = outer(a_prev, delta)。</translation>
    </message>
    <message>
        <source> Convolutional network: only its Dense layers, after the image layers, are listed.</source>
        <translation> 卷积网络：只列出图像层之后的全连接（Dense）层。</translation>
    </message>
    <message>
        <source> Bug lab on ({0}): delta, dW and db are what the broken backward pass computes, not dL/dz.</source>
        <translation> 错误实验室已开启（{0}）：delta、dW 和 db 是有缺陷的反向传播算出的值，而不是 dL/dz。</translation>
    </message>
    <message>
        <source>The diagram is drawn for small networks (at most {0} units a layer, e.g. 784-3-3-2).</source>
        <translation>示意图只为小网络绘制（每层最多 {0} 个单元，例如 784-3-3-2）。</translation>
    </message>
    <message>
        <source>Tar&amp;get digit</source>
        <translation>目标数字(&amp;G)</translation>
    </message>
    <message>
        <source>La&amp;yer</source>
        <translation>层(&amp;Y)</translation>
    </message>
    <message>
        <source>The label the loss and the backward pass use for this one example</source>
        <translation>损失和反向传播对这一个样本使用的标签</translation>
    </message>
    <message>
        <source>It reads {0} ({1}). Loss for target {2}: {3:.6g}. Forward: z = a_prev @ W + b, a = f(z). Backward: delta = dL/dz, dL/dW = outer(a_prev, delta).</source>
        <translation>它读作 {0}（{1}）。目标 {2} 的损失：{3:.6g}。前向传播：z = a_prev @ W + b, a = f(z)。反向传播：delta = dL/dz, dL/dW = outer(a_prev, delta)。</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0}：{1} → {2}</translation>
    </message>
    <message>
        <source> These numbers read the digit as drawn, one view; the pad averages {0} views and reads {1} ({2}).</source>
        <translation> 这些数字是按原样读取所画数字一次的结果；画板对 {0} 个版本取平均，读作 {1}（{2}）。</translation>
    </message>
    <message>
        <source>Circles lit by activation; lines: the {0} strongest inputs of each unit (|a_prev * W|), red positive, blue negative.</source>
        <translation>圆圈按激活值点亮；连线：每个单元最强的 {0} 个输入（|a_prev * W|），红色为正，蓝色为负。</translation>
    </message>
    <message>
        <source>&amp;Copy as NumPy</source>
        <translation>复制为 NumPy(&amp;C)</translation>
    </message>
    <message>
        <source>Copy every layer&apos;s a_prev, W, b, z, a, delta, dW and db, at full precision, as
NumPy arrays to paste beside your own code</source>
        <translation>把每一层的 a_prev、W、b、z、a、delta、dW 和 db 以全精度复制为
NumPy 数组，粘贴到你自己的代码旁边</translation>
    </message>
</context>
<context>
    <name>MnistPreview</name>
    <message>
        <source>Network input preview</source>
        <translation>网络输入预览</translation>
    </message>
    <message>
        <source>The 28 x 28 image the network is given: your drawing shrunk so its longer side
is 20 pixels (inside the dotted square) and moved so its centre of mass is at
the middle, exactly as the MNIST digits were prepared.</source>
        <translation>网络得到的 28 x 28 图像：你的手写被缩小，使其较长的一边
为 20 像素（在点线方框内），并移动使其质心位于
正中，与 MNIST 数字的处理方式完全相同。</translation>
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
        <translation>还没有打开或保存过模型</translation>
    </message>
    <message>
        <source>Opened {0}: {1}</source>
        <translation>已打开 {0}：{1}</translation>
    </message>
    <message>
        <source>There is no model to save yet: train one first.</source>
        <translation>还没有可保存的模型：请先训练一个。</translation>
    </message>
    <message>
        <source>Stop training before saving.</source>
        <translation>保存前请先停止训练。</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>digitdesk models (*.npz)</source>
        <translation>digitdesk 模型 (*.npz)</translation>
    </message>
    <message>
        <source>Could not open {0}</source>
        <translation>无法打开 {0}</translation>
    </message>
    <message>
        <source>File &gt; Open Model reads the models digitdesk saves (File &gt; Save Model). To train on data of your own (Kaggle&apos;s train.csv, MNIST files), use File &gt; Import Training Data.</source>
        <translation>“文件 &gt; 打开模型”读取的是 digitdesk 保存的模型（“文件 &gt; 保存模型”）。要用你自己的数据（Kaggle 的 train.csv、MNIST 文件）训练，请用“文件 &gt; 导入训练数据”。</translation>
    </message>
    <message>
        <source>Cannot open the model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>open {0}</source>
        <translation>打开 {0}</translation>
    </message>
    <message>
        <source>Save Model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>Not saved: {0} was kept</source>
        <translation>未保存：已保留原有的 {0}</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>A model file&apos;s name ends in .npz: the model would be saved as {0}, and {0} already exists in {1}. Replace it?</source>
        <translation>模型文件名以 .npz 结尾：模型将保存为 {0}，而 {1} 中已有 {0}。要替换它吗？</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>未保存：{0}</translation>
    </message>
    <message>
        <source>Cannot save the model</source>
        <translation>无法保存模型</translation>
    </message>
    <message>
        <source>{0} was not saved: {1}.</source>
        <translation>{0} 没有保存：{1}。</translation>
    </message>
    <message>
        <source>Save the trained model?</source>
        <translation>保存训练好的模型吗？</translation>
    </message>
    <message>
        <source>The model you trained has not been saved. Save it before you {0}?</source>
        <translation>你训练的模型还没有保存。要在{0}之前保存它吗？</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <source>{0} inputs</source>
        <translation>{0} 个输入</translation>
    </message>
</context>
<context>
    <name>PersonalView</name>
    <message>
        <source>Your digits {0}</source>
        <translation>你的数字 {0}</translation>
    </message>
    <message>
        <source>The {0}s you kept. Click to select (Ctrl or Shift for several), then Delete to forget them.</source>
        <translation>你保存的 {0}。点击选择（按住 Ctrl 或 Shift 可多选），再按 Delete 删除。</translation>
    </message>
    <message>
        <source>Your {0}: the model in use has no output for {0}, so it cannot read it</source>
        <translation>你的 {0}：当前模型没有 {0} 的输出，所以读不了它</translation>
    </message>
    <message>
        <source>Your {0}</source>
        <translation>你的 {0}</translation>
    </message>
    <message>
        <source>Your {0}: the model in use reads it as {1}</source>
        <translation>你的 {0}：当前模型把它读作 {1}</translation>
    </message>
    <message>
        <source>Your {0}: the model in use reads it correctly</source>
        <translation>你的 {0}：当前模型读对了</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{0} kept</source>
        <translation>已保存 {0} 个</translation>
    </message>
    <message>
        <source>{0} misread</source>
        <translation>{0} 个读错</translation>
    </message>
    <message>
        <source>How the model in use reads your digits</source>
        <translation>当前模型如何读取你的数字</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Digits</source>
        <translation>删除所选数字(&amp;D)</translation>
    </message>
    <message>
        <source>Forget the selected digits (Delete)</source>
        <translation>删除所选的数字（Delete）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete selected digits</source>
        <translation>删除所选数字</translation>
    </message>
    <message>
        <source>U&amp;ndo Delete</source>
        <translation>撤销删除(&amp;N)</translation>
    </message>
    <message>
        <source>Bring back the digits deleted last, in their places ({0})</source>
        <translation>把最近删除的数字放回原处（{0}）</translation>
    </message>
    <message>
        <source>The model in use could not read them: {0}</source>
        <translation>当前模型无法读取它们：{0}</translation>
    </message>
    <message>
        <source>Your digits: &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>你的数字：&lt;b&gt;{0}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Your digits: &lt;b&gt;{0}&lt;/b&gt;. Reading them with the model in use…</source>
        <translation>你的数字：&lt;b&gt;{0}&lt;/b&gt;。当前模型正在读取它们……</translation>
    </message>
    <message>
        <source>Wait until fine-tuning has finished: it learns your digits as they were when it started.</source>
        <translation>请等待微调结束：它学习的是开始时你的那些数字。</translation>
    </message>
    <message>
        <source>Fine-tune on my handwriting</source>
        <translation>在我的手写上微调</translation>
    </message>
    <message>
        <source>Fine-tuning in progress</source>
        <translation>微调进行中</translation>
    </message>
    <message>
        <source>Fine-tuning result</source>
        <translation>微调结果</translation>
    </message>
    <message>
        <source>Cannot keep the digit: {0}. Move that file away to start a new set.</source>
        <translation>无法保存该数字：{0}。把那个文件移走即可开始一个新数据集。</translation>
    </message>
    <message>
        <source>Cannot keep the digit: {0}</source>
        <translation>无法保存该数字：{0}</translation>
    </message>
    <message numerus="yes">
        <source>Kept as your {0}: %Ln of your digits (is|are) in My handwriting.</source>
        <translation>
            <numerusform>已保存为你的 {0}：“我的手写”中共有你的 %Ln 个数字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Already kept as your {0}.</source>
        <translation>已经保存为你的 {0}。</translation>
    </message>
    <message>
        <source>Now kept as your {0}, not {1}.</source>
        <translation>现在保存为你的 {0}，不再是 {1}。</translation>
    </message>
    <message>
        <source>Cannot delete: {0}</source>
        <translation>无法删除：{0}</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln of your digits; {0} left. Undo ({1}) brings (it|them) back.</source>
        <translation>
            <numerusform>已删除你的 %Ln 个数字，还剩 {0} 个。撤销（{1}）可将其放回。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back %Ln of your digits; {0} in all.</source>
        <translation>
            <numerusform>已放回你的 %Ln 个数字，共 {0} 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your digits: &lt;b&gt;{0}&lt;/b&gt;. The model in use tells apart only {1}: none of your digits is one of them, so it can learn none of them.</source>
        <translation>你的数字：&lt;b&gt;{0}&lt;/b&gt;。当前模型只能区分 {1}：你的数字里没有一个是这几个数字，所以它一个也学不了。</translation>
    </message>
    <message numerus="yes">
        <source>Your digits: &lt;b&gt;{0}&lt;/b&gt;. The model in use tells apart only {1}: it reads &lt;b&gt;{2} of your %Ln digit(s) among them ({3:.1f}%)&lt;/b&gt; correctly, and cannot learn the other {4}.</source>
        <translation>
            <numerusform>你的数字：&lt;b&gt;{0}&lt;/b&gt;。当前模型只能区分 {1}：你的数字中属于这几个的共 %Ln 个，它读对了&lt;b&gt;其中 {2} 个（{3:.1f}%）&lt;/b&gt;；其余 {4} 个它学不了。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Train the model in use a little further (%Ln pass(es) over {0} MNIST images with your digits mixed in, a few seconds), then use the result. Your digits&apos; accuracy and MNIST test accuracy are reported before and after.</source>
        <translation>
            <numerusform>把当前模型再多训练一点（在混入了你的数字的 {0} 张 MNIST 图像上过 %Ln 遍，只需几秒），然后使用结果。会报告前后你的数字的准确率和 MNIST 测试准确率。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your kept digits cannot be read: {0}</source>
        <translation>无法读取你保存的数字：{0}</translation>
    </message>
    <message>
        <source>Digits you kept with &lt;b&gt;Keep as&lt;/b&gt; (in &lt;b&gt;Draw a digit&lt;/b&gt;), one column per digit. A red frame marks a digit the model in use misreads. Fine-tuning trains the model a little further on MNIST with your digits mixed in, so it learns your style without forgetting everyone else&apos;s.</source>
        <translation>你用&lt;b&gt;写一个数字&lt;/b&gt;中的&lt;b&gt;记为&lt;/b&gt;保存的数字，每个数字一列。红框标出当前模型读错的数字。微调会在混入了你的数字的 MNIST 上把模型再多训练一点，让它学会你的书写风格，而不忘记其他人的。</translation>
    </message>
    <message>
        <source>Cannot bring the digits back: {0}</source>
        <translation>无法放回这些数字：{0}</translation>
    </message>
    <message>
        <source>No digits kept yet. Draw a digit, choose its label next to &lt;b&gt;Keep as&lt;/b&gt;, and press the button; or let &lt;b&gt;Teach it your handwriting&lt;/b&gt; ({0}) ask you for each digit in turn.</source>
        <translation>还没有保存任何数字。写一个数字，在&lt;b&gt;记为&lt;/b&gt;旁边选择它的标签，然后按下按钮；或者使用&lt;b&gt;教它认你的笔迹&lt;/b&gt;（{0}），它会依次请你写出每个数字。</translation>
    </message>
    <message>
        <source>No digits kept yet. Draw a digit, choose its label next to &lt;b&gt;Keep as&lt;/b&gt;, and press the button.</source>
        <translation>还没有保存任何数字。写一个数字，在&lt;b&gt;记为&lt;/b&gt;旁边选择它的标签，然后按下按钮。</translation>
    </message>
    <message>
        <source>Your digits: &lt;b&gt;{0}&lt;/b&gt;. Train or open a model to see how it reads them.</source>
        <translation>你的数字：&lt;b&gt;{0}&lt;/b&gt;。训练或打开一个模型，看看它如何读取它们。</translation>
    </message>
    <message>
        <source>Your digits: &lt;b&gt;{0}&lt;/b&gt;. The model in use gives no numbers (NaN) for them: its training diverged.</source>
        <translation>你的数字：&lt;b&gt;{0}&lt;/b&gt;。当前模型对它们给不出数字（NaN）：它的训练发散了。</translation>
    </message>
    <message>
        <source>Your digits: &lt;b&gt;{0}&lt;/b&gt;. The model in use reads &lt;b&gt;{1} of them ({2:.1f}%)&lt;/b&gt; correctly.</source>
        <translation>你的数字：&lt;b&gt;{0}&lt;/b&gt;。当前模型读对了&lt;b&gt;其中 {1} 个（{2:.1f}%）&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Fine-tuning…</source>
        <translation>正在微调……</translation>
    </message>
    <message>
        <source>Fine-tuning is running: a few seconds.</source>
        <translation>微调正在运行：需要几秒钟。</translation>
    </message>
    <message>
        <source>Keep a few digits from the pad first.</source>
        <translation>请先从画板保存几个数字。</translation>
    </message>
    <message>
        <source>Train or open a model first: fine-tuning improves a trained model.</source>
        <translation>请先训练或打开一个模型：微调改进的是已训练的模型。</translation>
    </message>
    <message>
        <source>Wait until training has finished.</source>
        <translation>请等待训练结束。</translation>
    </message>
</context>
<context>
    <name>PresetHint</name>
    <message>
        <source>Convolutional networks read drawn digits better: {0}% against {1}% for the best MLP.</source>
        <translation>卷积网络读手写数字更准：{0}%，最好的 MLP 为 {1}%。</translation>
    </message>
    <message>
        <source>Measured on 3,000 digits in strangers&apos; handwriting (simulated), read as the
pad reads them: the {0} preset against the {1} preset, the best MLP.
A convolutional network&apos;s filters slide over the whole image, so a stroke is
recognised wherever it is.</source>
        <translation>在 3,000 个模拟陌生人笔迹的数字上测得，按画板的方式读取：
{0}预设对比最好的 MLP——{1}预设。
卷积网络的卷积核在整张图像上滑动，所以笔画无论在哪里都能被认出来。</translation>
    </message>
    <message>
        <source>Choose Convolutional</source>
        <translation>选用卷积预设</translation>
    </message>
    <message>
        <source>Choose the Convolutional preset</source>
        <translation>选用卷积预设</translation>
    </message>
    <message>
        <source>Fill the form with the {0} preset. Training starts only when you press Start
(it takes a few minutes).</source>
        <translation>用{0}预设填写表单。只有按下“开始”才会开始训练
（需要几分钟）。</translation>
    </message>
    <message>
        <source>Hide this recommendation</source>
        <translation>隐藏这条建议</translation>
    </message>
    <message>
        <source>Hide this recommendation for good</source>
        <translation>永久隐藏这条建议</translation>
    </message>
</context>
<context>
    <name>ProbabilityView</name>
    <message>
        <source>Draw a digit</source>
        <translation>写一个数字</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>This network has one output, a number, not ten probabilities: on top, that
output and 10 times it, the digit it stands for. The bars only show how close
each digit is to that number; they are not how sure the network is.</source>
        <translation>这个网络只有一个输出，是一个数，而不是十个概率：上方是这个输出
和它的 10 倍，即它所代表的数字。柱条只表示每个数字离这个数有多近，
并不代表网络有多确定。</translation>
    </message>
    <message>
        <source>How probable the network finds each digit for your drawing.
The highlighted bar is its answer.</source>
        <translation>网络认为你的手写是每个数字的概率有多大。
高亮的柱是它的答案。</translation>
    </message>
    <message>
        <source>One output, a number, not a probability: {0}.</source>
        <translation>只有一个输出，是一个数，不是概率：{0}。</translation>
    </message>
    <message>
        <source>The network is not sure; at most {digit} ({percent}).</source>
        <translation>网络不确定；最可能是 {digit}（{percent}）。</translation>
    </message>
    <message>
        <source>The network reads {digit} ({percent}).</source>
        <translation>网络读作 {digit}（{percent}）。</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>{percent} sure</source>
        <translation>置信度 {percent}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReadmeDialog</name>
    <message>
        <source>DigitDesk Read Me</source>
        <translation>DigitDesk 自述文件</translation>
    </message>
    <message>
        <source>Read me</source>
        <translation>自述文件</translation>
    </message>
    <message>
        <source>Read Me in &amp;English</source>
        <translation>英文自述文件(&amp;E)</translation>
    </message>
    <message>
        <source>The full README, in English: with the measured figures and every experiment</source>
        <translation>完整的英文 README：包含测得的全部数字和每个实验</translation>
    </message>
    <message>
        <source>The README did not come with this copy of DigitDesk. Help &gt; Keyboard Shortcuts lists the keys, and every control explains itself in its tooltip.</source>
        <translation>这份 DigitDesk 没有附带 README。“帮助 &gt; 键盘快捷键”列出了所有按键，每个控件也都在工具提示中说明了自己。</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>From {0}</source>
        <translation>来自 {0}</translation>
    </message>
</context>
<context>
    <name>ReplaysView</name>
    <message>
        <source>Learners&apos; questions</source>
        <translation>学习者的问题</translation>
    </message>
    <message>
        <source>Four real questions from learners whose networks failed silently.
Load one, train it, watch the Diagnostics tab, then load its fixed twin.</source>
        <translation>四个真实的问题，来自网络悄无声息地失败了的学习者。
载入一个，训练它，观察“诊断”标签页，然后载入它修正后的孪生版本。</translation>
    </message>
    <message>
        <source>Load the learner&apos;s settings</source>
        <translation>载入学习者的设置</translation>
    </message>
    <message>
        <source>Put exactly what the learner did into the training form (their network,
initialisation, loss, batch and bugs). Then press Start.</source>
        <translation>把学习者所做的原样放进训练表单（他们的网络、
初始化、损失、批次和错误）。然后按“开始”。</translation>
    </message>
    <message>
        <source>Load the fixed twin</source>
        <translation>载入修正后的孪生版本</translation>
    </message>
    <message>
        <source>Put the same task, done right, into the training form, to compare the curves.</source>
        <translation>把同一任务的正确做法放进训练表单，以比较曲线。</translation>
    </message>
    <message>
        <source>Compare step cost</source>
        <translation>比较每步开销</translation>
    </message>
    <message>
        <source>Time one training step by backprop against one by numerical differentiation
(two forward passes per parameter), on this network and a batch of MNIST.</source>
        <translation>在这个网络和一批 MNIST 上，为一步反向传播训练与一步数值微分训练
（每个参数两次前向传播）计时。</translation>
    </message>
    <message>
        <source>The question, what to watch and the fix</source>
        <translation>问题、要观察什么以及修复方法</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>问题(&amp;Q)</translation>
    </message>
    <message>
        <source>the fixed twin of {0}</source>
        <translation>修正后的孪生版本（{0}）</translation>
    </message>
    <message>
        <source>the learner&apos;s settings of {0}</source>
        <translation>学习者的设置（{0}）</translation>
    </message>
    <message>
        <source>What the learner saw</source>
        <translation>学习者看到了什么</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>要观察什么</translation>
    </message>
    <message>
        <source>What fixes it</source>
        <translation>怎样修复</translation>
    </message>
    <message>
        <source>Learner: </source>
        <translation>学习者：</translation>
    </message>
    <message>
        <source>Fixed twin: </source>
        <translation>修正后的孪生版本：</translation>
    </message>
</context>
<context>
    <name>ReportCounts</name>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Your digits it did not learn from: {0:.0f}% → {1:.0f}%&lt;/b&gt; read correctly.&lt;br&gt;&lt;small&gt;Each of your %Ln digit(s) was read by a model fine-tuned on your other rounds only.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;它没学过的你的数字：{0:.0f}% → {1:.0f}%&lt;/b&gt; 读对。&lt;br&gt;&lt;small&gt;你的 %Ln 个数字，每一个都由只在你其他几轮数字上微调过的模型来读。&lt;/small&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The pad now reads with the adapted model, fine-tuned on your %Ln digit(s) in {0:.1f} s. &lt;i&gt;Use the original&lt;/i&gt; switches back; File &amp;gt; Save keeps it. When it misreads a digit, click the right digit in &lt;i&gt;It reads&lt;/i&gt; to teach it that one too.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;画板现在用适应后的模型读取，它在你的 %Ln 个数字上用 {0:.1f} 秒微调而成。&lt;i&gt;使用原来的模型&lt;/i&gt;可以切换回去；“文件 &amp;gt; 保存”可保存它。当它读错一个数字时，在&lt;i&gt;网络读作&lt;/i&gt;里点击正确的数字，把这个数字也教给它。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;So the pad still reads with the original model. The adapted one, fine-tuned on your %Ln digit(s) in {0:.1f} s, is kept: to read with it anyway, click &lt;i&gt;{1}&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;所以画板仍用原来的模型读取。在你的 %Ln 个数字上用 {0:.1f} 秒微调出的适应后模型已保留：如果仍想用它读取，请点击&lt;i&gt;{1}&lt;/i&gt;。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;So the pad still reads with the adapted model you were using. The one fine-tuned now on your %Ln digit(s) was not kept; your digits are, and the next fine-tune learns from them too. &lt;i&gt;Use the original&lt;/i&gt; switches back to the original model.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;所以画板仍用你原先在用的适应后模型读取。这次在你的 %Ln 个数字上微调出的新模型没有保留；你的数字已保留，下次微调也会学习它们。&lt;i&gt;使用原来的模型&lt;/i&gt;可以切换回原来的模型。&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunsView</name>
    <message>
        <source>Removed the run of {0} from Compare runs. Undo ({1}) puts it back.</source>
        <translation>已从“比较运行”中删除 {0} 的运行。撤销（{1}）可将它放回。</translation>
    </message>
    <message>
        <source>Put the run of {0} back in Compare runs.</source>
        <translation>已把 {0} 的运行放回“比较运行”。</translation>
    </message>
    <message>
        <source>The run list could not be saved: {0}</source>
        <translation>无法保存运行列表：{0}</translation>
    </message>
    <message>
        <source>question {0}, learner</source>
        <translation>问题 {0}，学习者</translation>
    </message>
    <message>
        <source>question {0}, fixed twin</source>
        <translation>问题 {0}，修正后的孪生版本</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>[{0}]  {1}</source>
        <translation>【{0}】{1}</translation>
    </message>
    <message>
        <source>  ·  validation {0:.1%}</source>
        <translation>  ·  验证 {0:.1%}</translation>
    </message>
    <message>
        <source>Measured every few batches. Stuck units: solid, saturated sigmoid/tanh outputs; dashed, dead ReLUs. Runs trained before diagnostics were kept have none.</source>
        <translation>每隔几个批次测量一次。卡住的单元：实线为饱和的 sigmoid/tanh 输出；虚线为死亡的 ReLU。保存诊断之前训练的运行没有这些数据。</translation>
    </message>
    <message>
        <source>▲ the learning rate or momentum was changed there during training.</source>
        <translation>▲ 训练期间在此处更改了学习率或动量。</translation>
    </message>
    <message>
        <source>Layer {0}</source>
        <translation>第 {0} 层</translation>
    </message>
    <message>
        <source>run {0}</source>
        <translation>运行 {0}</translation>
    </message>
    <message>
        <source>Every training run is kept here (the last {0}). Tick runs to compare their curves; the legend names what differs. Start after Stop goes on with the same run; Reset weights begins a new one.</source>
        <translation>每次训练运行都保存在这里（最近 {0} 次）。勾选运行以比较它们的曲线；图例注明它们的不同之处。停止后再按开始会继续同一次运行；重置权重则开始新的运行。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected run from the list (Delete)</source>
        <translation>从列表中移除选中的运行（Delete）</translation>
    </message>
    <message>
        <source>Undo Re&amp;move</source>
        <translation>撤销移除(&amp;M)</translation>
    </message>
    <message>
        <source>Put back the run removed last, in its place ({0})</source>
        <translation>把最后移除的运行放回原处（{0}）</translation>
    </message>
    <message>
        <source>Learning &amp;curves</source>
        <translation>学习曲线(&amp;C)</translation>
    </message>
    <message>
        <source>La&amp;yer</source>
        <translation>层(&amp;Y)</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>D&amp;iagnostics</source>
        <translation>诊断(&amp;I)</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>Overlay one layer&apos;s gradient size, update-to-weight ratio and stuck units</source>
        <translation>叠加显示某一层的梯度大小、更新与权重之比以及卡住的单元</translation>
    </message>
    <message>
        <source>The share of validation images the network reads correctly, after each epoch.</source>
        <translation>每轮之后网络读对的验证图像所占比例。</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>gradient RMS</source>
        <translation>梯度 RMS</translation>
    </message>
    <message>
        <source>update / weight</source>
        <translation>更新 / 权重</translation>
    </message>
    <message>
        <source>stuck units (%)</source>
        <translation>卡住的单元 (%)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Space starts, pauses and resumes training unless the focus is on a control that uses Space itself (a text field, a button, a check box). Esc, Delete and Ctrl+Z act on the drawing pad once you have drawn on it (or clicked it).</source>
        <translation>空格键开始、暂停和继续训练，除非焦点位于本身要用空格键的控件上（文本框、按钮、复选框）。Esc、Delete 和 Ctrl+Z 在你于画板上写过（或点击过画板）之后作用于画板。</translation>
    </message>
</context>
<context>
    <name>TeachDialog</name>
    <message>
        <source>Teach it your handwriting</source>
        <translation>教它认你的笔迹</translation>
    </message>
    <message>
        <source>This model tells apart only {0}: it can learn only these digits, so it asks for them alone.</source>
        <translation>这个模型只能区分 {0}：它只能学这几个数字，所以只请你写这几个。</translation>
    </message>
    <message>
        <source>Pad for the digit asked for</source>
        <translation>用于书写所要求数字的画板</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Wipe the pad</source>
        <translation>擦净画板</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Keep this digit and go on to the next (Enter)</source>
        <translation>保存这个数字并继续下一个（Enter）</translation>
    </message>
    <message>
        <source>Add a round</source>
        <translation>再加一组</translation>
    </message>
    <message>
        <source>Write each digit once more: more examples teach it more, and the result
is measured on more of your digits</source>
        <translation>每个数字再写一遍：例子越多它学得越多，
结果也会在你更多的数字上测量</translation>
    </message>
    <message>
        <source>Teach it</source>
        <translation>开始教</translation>
    </message>
    <message>
        <source>Fine-tune a copy of the model on your digits (a few seconds, in the background)</source>
        <translation>在你的数字上微调模型的一份副本（几秒钟，在后台进行）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Learning your handwriting: a copy of the model is trained a little further on your digits mixed into MNIST, and checked on digits of yours it did not see.</source>
        <translation>正在学习你的笔迹：模型的一份副本在混入了你的数字的 MNIST 上再多训练一点，并在它没见过的你的数字上检验。</translation>
    </message>
    <message>
        <source>Fine-tuning progress</source>
        <translation>微调进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Use the adapted model</source>
        <translation>使用适应后的模型</translation>
    </message>
    <message>
        <source>Read with the model fine-tuned on your digits, although it read the ones it did not learn from no better</source>
        <translation>用在你的数字上微调过的模型读取，尽管它读没学过的那些数字并没有更好</translation>
    </message>
    <message>
        <source>Round {0}</source>
        <translation>第 {0} 组</translation>
    </message>
    <message>
        <source>Draw the {0} on the pad first, then press Enter.</source>
        <translation>请先在画板上写一个 {0}，再按 Enter。</translation>
    </message>
    <message>
        <source>That is only a dot: draw the whole {0}, then press Enter.</source>
        <translation>这只是一个点：请写出完整的 {0}，再按 Enter。</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln digit(s) (is|are) drawn</source>
        <translation>
            <numerusform>全部 %Ln 个数字都已写好</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round {0} of {1}, {2} of %Ln digit(s) done. Write as you always do: the point is to teach it your own style.</source>
        <translation>
            <numerusform>第 {0} 组，共 {1} 组；已完成 %Ln 个数字中的 {2} 个。像平时一样写：目的是让它学会你自己的风格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Teach it now, add a round for more examples, or click a digit below to draw it again.</source>
        <translation>现在就开始教，再加一组以得到更多例子，或点击下面的某个数字重写它。</translation>
    </message>
    <message>
        <source>Draw a {0} again</source>
        <translation>再写一个 {0}</translation>
    </message>
    <message>
        <source>Draw a {0}</source>
        <translation>写一个 {0}</translation>
    </message>
    <message>
        <source>Until you draw it again, your earlier {0} is kept.</source>
        <translation>在你重画之前，之前写的 {0} 仍然保留。</translation>
    </message>
    <message>
        <source>You can teach it now: the digits of this round drawn so far are taught too.</source>
        <translation>现在就可以开始教了：这一组已写好的数字也会一起教给它。</translation>
    </message>
    <message>
        <source>Not drawn yet</source>
        <translation>还没写</translation>
    </message>
    <message>
        <source>Click to draw this {0} again</source>
        <translation>点击重写这个 {0}</translation>
    </message>
    <message>
        <source>Round {0}, digit {1}: {2}</source>
        <translation>第 {0} 组，数字 {1}：{2}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>Train or open a model first</source>
        <translation>请先训练或打开一个模型</translation>
    </message>
    <message>
        <source>Another fine-tune is running (the digits you corrected or kept): Teach it comes back when it is done, in a moment</source>
        <translation>另一次微调正在进行（针对你纠正或保存的数字）：它一结束，“开始教”就能再用，马上就好</translation>
    </message>
    <message numerus="yes">
        <source>Draw every digit of the first {0} rounds first: %Ln still to draw</source>
        <translation>
            <numerusform>请先写完前 {0} 组的每个数字：还差 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Your digits could not be saved: {0}</source>
        <translation>无法保存你的数字：{0}</translation>
    </message>
    <message>
        <source>Cancelled: nothing changed. Your digits are still here; Teach it tries again.</source>
        <translation>已取消：什么都没变。你的数字还在；点“开始教”可以再试一次。</translation>
    </message>
    <message>
        <source>It is still learning your digits. Stop, close and discard them?</source>
        <translation>它还在学习你写的数字。停止、关闭并丢弃它们吗？</translation>
    </message>
    <message>
        <source>You drew 1 digit and have not taught it yet. Close and discard it?</source>
        <translation>你写了 1 个数字，还没有用它来教。关闭并丢弃它吗？</translation>
    </message>
    <message>
        <source>You drew {0} and have not taught them yet. Close and discard them?</source>
        <translation>你写了 {0}，还没有用它们来教。关闭并丢弃它们吗？</translation>
    </message>
    <message>
        <source>Discard your digits?</source>
        <translation>丢弃你的数字吗？</translation>
    </message>
</context>
<context>
    <name>TrainingControl</name>
    <message>
        <source>the network changed ({0} → {1})</source>
        <translation>网络变了（{0} → {1}）</translation>
    </message>
    <message>
        <source>the initialisation changed ({0} → {1})</source>
        <translation>初始化变了（{0} → {1}）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the bug-lab switches changed ({0} → {1})</source>
        <translation>错误实验室开关变了（{0} → {1}）</translation>
    </message>
    <message>
        <source>start from fresh weights</source>
        <translation>从新的权重开始</translation>
    </message>
    <message>
        <source>Fresh weights: {0}.</source>
        <translation>新的权重：{0}。</translation>
    </message>
    <message>
        <source>Loading MNIST…</source>
        <translation>正在加载 MNIST……</translation>
    </message>
    <message>
        <source>These settings do not fit the training data</source>
        <translation>这些设置与训练数据不符</translation>
    </message>
    <message>
        <source>{0}: {1}.

Lower Validation images or Training images in the form; nothing was changed.</source>
        <translation>{0}：{1}。

请在表单中调低“验证图像”或“训练图像”；没有做任何改动。</translation>
    </message>
    <message>
        <source>Training resumed.</source>
        <translation>训练已继续。</translation>
    </message>
    <message>
        <source>Paused. Space resumes; F10 trains one batch.</source>
        <translation>已暂停。空格键继续；F10 训练一个批次。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止……</translation>
    </message>
    <message>
        <source>reset the weights</source>
        <translation>重置权重</translation>
    </message>
    <message>
        <source>Fresh random weights: {0}.</source>
        <translation>新的随机权重：{0}。</translation>
    </message>
    <message>
        <source>Paused while MNIST loads. Space resumes; F10 trains one batch.</source>
        <translation>已暂停，MNIST 仍在加载。空格键继续；F10 训练一个批次。</translation>
    </message>
    <message>
        <source>Paused while the data loads. Space resumes; F10 trains one batch.</source>
        <translation>已暂停，数据仍在加载。空格键继续；F10 训练一个批次。</translation>
    </message>
    <message>
        <source>Epoch {0}: validation accuracy {1:.2f}%, loss {2:.4f} (training accuracy {5:.2f}%, loss {3:.4f}; {4:.1f} s)</source>
        <translation>第 {0} 轮：验证准确率 {1:.2f}%，损失 {2:.4f}（训练准确率 {5:.2f}%，损失 {3:.4f}；{4:.1f} 秒）</translation>
    </message>
    <message>
        <source>Epoch {0}: training accuracy {3:.2f}%, loss {1:.4f} ({2:.1f} s)</source>
        <translation>第 {0} 轮：训练准确率 {3:.2f}%，训练损失 {1:.4f}（{2:.1f} 秒）</translation>
    </message>
    <message>
        <source>Training diverged</source>
        <translation>训练发散了</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>Training stopped: the loss diverged — last good weights kept.</source>
        <translation>训练已停止：损失发散了——已保留最后一组正常的权重。</translation>
    </message>
    <message>
        <source>The test accuracy could not be measured: {0}</source>
        <translation>无法测量测试准确率：{0}</translation>
    </message>
    <message>
        <source>Training finished: validation accuracy {0:.2f}% (this data has no test set).</source>
        <translation>训练完成：验证准确率 {0:.2f}%（这份数据没有测试集）。</translation>
    </message>
    <message>
        <source>Training finished (this data has no test set, and no validation images were held out).</source>
        <translation>训练完成（这份数据没有测试集，也没有留出验证图像）。</translation>
    </message>
    <message>
        <source>Finished: {0}</source>
        <translation>完成：{0}</translation>
    </message>
    <message>
        <source>Training finished; the trained weights are kept.</source>
        <translation>训练已完成；保留训练好的权重。</translation>
    </message>
    <message numerus="yes">
        <source>Training finished: {0:.2f}% of the %Ln test image(s) read correctly.</source>
        <translation>
            <numerusform>训练完成：%Ln 张测试图像中有 {0:.2f}% 读对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Training stopped; the weights learnt so far are kept.</source>
        <translation>训练已停止；保留目前学到的权重。</translation>
    </message>
    <message>
        <source>Training stopped before its first batch: there is still no model.</source>
        <translation>训练在第一个批次之前就已停止：仍然没有模型。</translation>
    </message>
    <message>
        <source>Training stopped before its first batch: the model in use is unchanged.</source>
        <translation>训练在第一个批次之前就已停止：正在使用的模型没有改变。</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>The hidden layers between the 784 input pixels and the outputs, and how many
units each has. One layer of 100-300 units already reads about 98% of MNIST.</source>
        <translation>784 个输入像素与输出之间的隐藏层，以及每层有多少个
单元。一层 100-300 个单元就已能读对约 98% 的 MNIST。</translation>
    </message>
    <message>
        <source>1/(1+e^-x): squashes to (0, 1); saturates, and its slope is at most 0.25, so deep sigmoid nets learn slowly</source>
        <translation>1/(1+e^-x)：压缩到 (0, 1)；会饱和，斜率最大 0.25，所以深的 sigmoid 网络学得慢</translation>
    </message>
    <message>
        <source>squashes to (-1, 1); centred at 0, saturates like sigmoid</source>
        <translation>压缩到 (-1, 1)；以 0 为中心，像 sigmoid 一样会饱和</translation>
    </message>
    <message>
        <source>max(0, x): does not saturate for x &gt; 0; the usual choice</source>
        <translation>max(0, x)：x &gt; 0 时不饱和；最常用的选择</translation>
    </message>
    <message>
        <source>like ReLU but with a small slope for x &lt; 0, so no unit can die</source>
        <translation>与 ReLU 类似，但 x &lt; 0 时有一个小斜率，所以单元不会死亡</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>The function each hidden unit applies to its weighted sum.</source>
        <translation>每个隐藏单元对其加权和所施加的函数。</translation>
    </message>
    <message>
        <source>scaled by the layer sizes; suits sigmoid and tanh</source>
        <translation>按层的大小缩放；适合 sigmoid 和 tanh</translation>
    </message>
    <message>
        <source>scaled for ReLU, which zeroes half of its inputs</source>
        <translation>为 ReLU 缩放，ReLU 会把一半输入置零</translation>
    </message>
    <message>
        <source>Weight initialisation</source>
        <translation>权重初始化</translation>
    </message>
    <message>
        <source>Biases</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>Give every unit a bias (a learnt offset). Without biases every
unit&apos;s boundary must pass through the origin.</source>
        <translation>给每个单元一个偏置（学到的偏移量）。没有偏置时，每个
单元的决策边界都必须经过原点。</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same starting weights,
the same validation split and the same batches.</source>
        <translation>随机种子：相同的种子给出相同的初始权重、
相同的验证集划分和相同的批次。</translation>
    </message>
    <message>
        <source>10 outputs turned into probabilities; the right choice for classes</source>
        <translation>10 个输出转换为概率；分类问题的正确选择</translation>
    </message>
    <message>
        <source>10 sigmoid outputs fitted to one-hot targets; learns slower</source>
        <translation>10 个 sigmoid 输出拟合独热（one-hot）目标；学得较慢</translation>
    </message>
    <message>
        <source>10 linear outputs fitted to one-hot targets</source>
        <translation>10 个线性输出拟合独热（one-hot）目标</translation>
    </message>
    <message>
        <source>regresses the digit as a number with a linear output</source>
        <translation>用线性输出把数字当作一个数值来回归</translation>
    </message>
    <message>
        <source>Output and loss</source>
        <translation>输出与损失</translation>
    </message>
    <message>
        <source>What the output layer computes and which loss measures its error.
Softmax with cross-entropy is the standard for choosing one of ten digits.</source>
        <translation>输出层计算什么，以及用哪个损失衡量它的误差。
从十个数字中选一个，标准做法是 softmax 加交叉熵。</translation>
    </message>
    <message>
        <source>average the examples&apos; gradients: the step size does not depend on the batch size</source>
        <translation>对样本的梯度取平均：步长不依赖于批次大小</translation>
    </message>
    <message>
        <source>Batch reduction</source>
        <translation>批次归约</translation>
    </message>
    <message>
        <source>How the gradients of the examples in a batch are combined.</source>
        <translation>一个批次中各样本的梯度如何合并。</translation>
    </message>
    <message>
        <source>plain gradient descent: step = −learning rate × gradient</source>
        <translation>普通梯度下降：步长 = −学习率 × 梯度</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>keeps a running velocity, which smooths the steps and speeds up along consistent directions</source>
        <translation>保持一个滑动的速度，使步子更平滑，并在一致的方向上加速</translation>
    </message>
    <message>
        <source>momentum that looks one step ahead</source>
        <translation>向前多看一步的动量</translation>
    </message>
    <message>
        <source>adapts the step for every weight; try a learning rate around 0.001</source>
        <translation>为每个权重自适应调整步长；学习率可以试试 0.001 左右</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>How the gradient becomes a change of the weights.</source>
        <translation>梯度如何变成权重的改变量。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>The size of each step. Too large: the loss jumps or becomes NaN.
Too small: the loss barely moves. The arrows step 0.01, 0.02, 0.05, 0.1, ...
Typical: 0.1 with SGD or momentum, 0.001 with Adam.</source>
        <translation>每一步的大小。太大：损失跳动或变成 NaN。
太小：损失几乎不动。箭头按 0.01、0.02、0.05、0.1……步进。
典型值：SGD 或动量用 0.1，Adam 用 0.001。</translation>
    </message>
    <message>
        <source>How much of the previous step is kept (for Momentum and Nesterov).
0.9 is usual; 0 is plain SGD.</source>
        <translation>保留多少上一步（用于动量和 Nesterov）。
通常为 0.9；0 即普通 SGD。</translation>
    </message>
    <message>
        <source>the same learning rate all along</source>
        <translation>始终使用相同的学习率</translation>
    </message>
    <message>
        <source>divided by 10 half-way and again at three quarters</source>
        <translation>在一半处除以 10，在四分之三处再除以 10</translation>
    </message>
    <message>
        <source>slides smoothly from the full rate down to 0</source>
        <translation>从完整的学习率平滑地降到 0</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>How the learning rate changes during a training run: large steps early,
small ones at the end usually give a better final network.</source>
        <translation>训练过程中学习率如何变化：前期步子大，
后期步子小，通常能得到更好的最终网络。</translation>
    </message>
    <message>
        <source>L2 weight decay</source>
        <translation>L2 权重衰减</translation>
    </message>
    <message>
        <source>L2 regularisation: pulls every weight a little towards 0 at each step,
which reduces memorising. 0 is off; 1e-4 is a common value.</source>
        <translation>L2 正则化：每一步都把每个权重往 0 拉一点，
可以减少死记硬背。0 为关闭；10⁻⁴（0.0001）是常用值。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>Images per step (a mini-batch). Small batches give many noisy steps,
large ones few smooth steps. 32-256 is typical.</source>
        <translation>每一步的图像数（一个小批次）。小批次带来许多有噪声的步子，
大批次带来少量平滑的步子。常见为 32-256。</translation>
    </message>
    <message>
        <source>Full batch</source>
        <translation>全批次</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>How many times to go through the training images.</source>
        <translation>遍历训练图像的次数。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>训练图像</translation>
    </message>
    <message>
        <source>Train on only this many images (All: every image not held out for validation).
A small subset trains fast and shows memorising: try 500 and then 3,000.</source>
        <translation>只用这么多张图像训练（全部：所有未留作验证的图像）。
小子集训练得快，并能显示死记硬背：先试 500，再试 3,000。</translation>
    </message>
    <message>
        <source>Validation images</source>
        <translation>验证图像</translation>
    </message>
    <message>
        <source>Images held out of training to measure the validation loss and accuracy
after each epoch. 0: no validation curve.</source>
        <translation>留出不参与训练的图像，用来在每轮之后测量验证损失
和准确率。0：没有验证曲线。</translation>
    </message>
    <message>
        <source>every training image as it is</source>
        <translation>每张训练图像保持原样</translation>
    </message>
    <message>
        <source>every training image rotated by up to {0}°, scaled by up to {1}%, sheared
by up to {2} and shifted by up to {3} pixels, anew each time it is seen</source>
        <translation>每张训练图像每次被看到时都重新随机旋转最多 {0}°、缩放最多 {1}%、
错切最多 {2}、平移最多 {3} 像素</translation>
    </message>
    <message>
        <source>as Affine, and first {0}% of the 0s, 1s, 7s and 9s redrawn in styles that
many people write and MNIST rarely has: a bar through the 7, a flag (and
sometimes a base) on the 1, a slash through the 0, a hook at the foot of the 9</source>
        <translation>与仿射相同，并先把 {0}% 的 0、1、7、9 改画成许多人常写而 MNIST 少见的风格：
7 的竖上加一横，1 加上旗（有时加底座），0 加一道斜线，9 的底部加一个钩</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <source>Distort the training images a little, differently in every epoch, so the
network learns the digit and not the exact pixels. Trains slower per epoch,
reads drawn digits better (the Accurate preset uses it).</source>
        <translation>把训练图像稍加变形，每轮都不同，让网络学到的是数字
而不是确切的像素。每轮训练更慢，但读手写数字更准
（精确预设使用了它）。</translation>
    </message>
    <message>
        <source>slashed 0</source>
        <translation>带斜线的 0</translation>
    </message>
    <message>
        <source>flagged 1</source>
        <translation>带旗的 1</translation>
    </message>
    <message>
        <source>crossed 7</source>
        <translation>带横的 7</translation>
    </message>
    <message>
        <source>hooked 9</source>
        <translation>带钩的 9</translation>
    </message>
    <message>
        <source>Pen style: {0}</source>
        <translation>笔迹风格：{0}</translation>
    </message>
    <message>
        <source>The digits Affine + pen styles redraws in their other style. The Convolutional
preset leaves the 7s as they are: crossed 7s as well cost it accuracy on MNIST.</source>
        <translation>仿射 + 笔迹风格把这些数字改画成另一种风格。卷积预设不改 7：
连带横的 7 一起改画时，它在 MNIST 上的准确率下降了。</translation>
    </message>
    <message>
        <source>Straighten digits</source>
        <translation>校正倾斜</translation>
    </message>
    <message>
        <source>Deskew</source>
        <translation>倾斜校正</translation>
    </message>
    <message>
        <source>all ten</source>
        <translation>全部十个</translation>
    </message>
    <message>
        <source>Digits to train on</source>
        <translation>要训练的数字</translation>
    </message>
    <message>
        <source>Train on only these digits, e.g. &quot;3, 7&quot; to tell threes from sevens
(learner 003). Empty: all ten digits. The network gets one output per digit.</source>
        <translation>只用这些数字训练，例如 &quot;3, 7&quot; 用来区分 3 和 7
（学习者 003）。空：全部十个数字。每个数字对应网络的一个输出。</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Batch gradient</source>
        <translation>批次梯度</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>L2 decay</source>
        <translation>L2 衰减</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Pen styles</source>
        <translation>笔迹风格</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Data and length</source>
        <translation>数据与时长</translation>
    </message>
    <message>
        <source>Train for the number of epochs set above, going on from the current weights
when the network, its initialisation and the bug-lab switches are unchanged;
otherwise from fresh weights (the status bar says why). Reset weights starts afresh.</source>
        <translation>按上面设置的轮数训练；网络、其初始化和错误实验室开关都未改变时
从当前权重继续，否则从新的权重开始（状态栏会说明原因）。
“重置权重”则从头开始。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause or resume training</source>
        <translation>暂停或继续训练</translation>
    </message>
    <message>
        <source>Pause training between two batches; press again to resume.</source>
        <translation>在两个批次之间暂停训练；再按一次继续。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>停止训练</translation>
    </message>
    <message>
        <source>Stop training and keep the weights learnt so far.</source>
        <translation>停止训练并保留目前学到的权重。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Train one batch</source>
        <translation>训练一个批次</translation>
    </message>
    <message>
        <source>Train exactly one batch and pause, to watch a single step.</source>
        <translation>只训练一个批次然后暂停，用来观察单独一步。</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>重置权重</translation>
    </message>
    <message>
        <source>Throw the learnt weights away and start from fresh random weights
(drawn with the initialisation and seed above). Clears the plots.</source>
        <translation>扔掉学到的权重，从新的随机权重开始
（按上面的初始化和种子抽取）。会清空图表。</translation>
    </message>
    <message>
        <source>What is wrong with the settings</source>
        <translation>设置有什么问题</translation>
    </message>
    <message>
        <source>Bug lab on</source>
        <translation>错误实验室已打开</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>训练进度</translation>
    </message>
    <message>
        <source>Epoch and batch of the current training run, and the time left.</source>
        <translation>当前训练运行的轮次和批次，以及剩余时间。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Digits: {0} typed twice in &quot;{1}&quot;; type each digit once, e.g. &quot;3, 7&quot;.</source>
        <translation>数字：&quot;{1}&quot; 中 {0} 输入了两次；每个数字只输入一次，例如 &quot;3, 7&quot;。</translation>
    </message>
    <message>
        <source>A ready-made set of settings. Choosing one fills in the form below;
change any setting afterwards and the preset shows &quot;Custom&quot;.</source>
        <translation>一套现成的设置。选择一个会填好下面的表单；
之后修改任何设置，预设就会显示“自定义”。</translation>
    </message>
    <message>
        <source>A good first run: a small MLP that trains in seconds.</source>
        <translation>适合第一次运行：一个几秒就能训练完的小型 MLP。</translation>
    </message>
    <message>
        <source>The best MLP: a wider layer, trained on digits that are distorted a little and straightened.</source>
        <translation>最好的 MLP：更宽的隐藏层，在稍加变形并校正倾斜的数字上训练。</translation>
    </message>
    <message>
        <source>The one to draw digits for: a small convolutional network whose filters find a stroke wherever it is.</source>
        <translation>写数字时用这个：一个小型卷积网络，它的卷积核无论笔画在哪里都能找到。</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
    <message>
        <source>Measured on a 2-core computer: {0}% of the MNIST test digits read right; training took {1}.</source>
        <translation>在双核计算机上测得：MNIST 测试数字读对 {0}%；训练用时 {1}。</translation>
    </message>
    <message>
        <source>Digits in strangers&apos; handwriting (simulated), read as the pad reads them: {0}% read right.</source>
        <translation>模拟陌生人笔迹的数字，按画板的方式读取：读对 {0}%。</translation>
    </message>
    <message>
        <source>It trains: {0}.</source>
        <translation>训练内容：{0}。</translation>
    </message>
    <message>
        <source>learning rate {0}</source>
        <translation>学习率 {0}</translation>
    </message>
    <message>
        <source>pen styles on {0}</source>
        <translation>笔迹风格用于 {0}</translation>
    </message>
    <message>
        <source>deskew</source>
        <translation>倾斜校正</translation>
    </message>
    <message>
        <source>L2 {0}</source>
        <translation>L2 {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Cannot start with these settings: {0}</source>
        <translation>无法用这些设置开始：{0}</translation>
    </message>
    <message>
        <source>⚠ Bug lab on: {0}</source>
        <translation>⚠ 错误实验室已打开：{0}</translation>
    </message>
    <message>
        <source>⚠ Bug lab on</source>
        <translation>⚠ 错误实验室已打开</translation>
    </message>
    <message>
        <source>The engine is BROKEN ON PURPOSE: {0}.
Click to show the bug lab&apos;s switches.</source>
        <translation>引擎被故意弄坏了：{0}。
点击显示错误实验室的开关。</translation>
    </message>
    <message>
        <source>Not training</source>
        <translation>未在训练</translation>
    </message>
    <message>
        <source>&amp;Preset</source>
        <translation>预设(&amp;P)</translation>
    </message>
    <message>
        <source>{0}: at most {1}, so {1} instead of {2}.</source>
        <translation>{0}：最大为 {1}，因此取 {1}，而不是 {2}。</translation>
    </message>
    <message>
        <source>{0}: at least {1}, so {1} instead of {2}.</source>
        <translation>{0}：最小为 {1}，因此取 {1}，而不是 {2}。</translation>
    </message>
    <message>
        <source>the naive choice: far too large for 784 inputs, saturates sigmoid units (learner question 000)</source>
        <translation>幼稚的选择：对 784 个输入来说太大了，会使 sigmoid 单元饱和（学习者问题 000）</translation>
    </message>
    <message>
        <source>tiny weights: signals and gradients shrink layer by layer (learner question 001)</source>
        <translation>极小的权重：信号和梯度逐层缩小（学习者问题 001）</translation>
    </message>
    <message>
        <source>How the weights are drawn before training. Changing it starts the next
run from fresh weights (so does Reset weights).</source>
        <translation>训练前如何抽取权重。修改它会让下一次运行
从新的权重开始（“重置权重”也一样）。</translation>
    </message>
    <message>
        <source>regresses the digit as a number (learner question 000): treats 3 as &apos;between 2 and 4&apos;</source>
        <translation>把数字当作一个数值来回归（学习者问题 000）：把 3 当作“介于 2 和 4 之间”</translation>
    </message>
    <message>
        <source>add the examples&apos; gradients: a batch of 3,000 takes a step 3,000 times larger (learner question 000)</source>
        <translation>把样本的梯度相加：3,000 个样本的批次走的步子大 3,000 倍（学习者问题 000）</translation>
    </message>
    <message>
        <source>Use every training image in one step (plain gradient descent): one step per
epoch. With summed gradients this is where large sets stop learning
(learner question 000).</source>
        <translation>每一步使用全部训练图像（普通梯度下降）：每轮一步。
配合求和的梯度，大数据集正是在这里停止学习的
（学习者问题 000）。</translation>
    </message>
    <message>
        <source>Straighten every digit by its image moments before the network sees it, in
training and whenever the model reads a digit (also the ones you draw).
Slanted handwriting then reads better (the Accurate and Convolutional
presets use it).</source>
        <translation>在网络看到每个数字之前，按其图像矩把它校正端正：训练时如此，
模型每次读取数字时（包括你写的数字）也如此。
这样倾斜的笔迹能读得更准（精确和卷积
预设都使用了它）。</translation>
    </message>
    <message>
        <source>Digits: type digits from 0 to 9, e.g. &quot;3, 7&quot; (or leave it empty for all ten), not &quot;{0}&quot;.</source>
        <translation>数字：请输入 0 到 9 的数字，例如 &quot;3, 7&quot;（或留空表示全部十个），而不是 &quot;{0}&quot;。</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>training images</source>
        <translation>训练图像</translation>
    </message>
    <message>
        <source>validation images</source>
        <translation>验证图像</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>The form cannot show hidden layers {0} (it allows {1} layers of up to {2} units).</source>
        <translation>表单无法显示隐藏层 {0}（它允许 {1} 层，每层最多 {2} 个单元）。</translation>
    </message>
    <message>
        <source>The form cannot show {0} = {1} (it allows {2} to {3}).</source>
        <translation>表单无法显示 {0} = {1}（它允许 {2} 到 {3}）。</translation>
    </message>
    <message>
        <source>about {0} min of CPU time</source>
        <translation>约 {0} 分钟 CPU 时间</translation>
    </message>
    <message>
        <source>{0} preset chosen: press Start to train it (it took {1} when measured).</source>
        <translation>已选择{0}预设：按“开始”即可训练（测量时用时{1}）。</translation>
    </message>
    <message>
        <source>Epoch {0}/{1} · batch {2}/{3}</source>
        <translation>第 {0}/{1} 轮 · 批次 {2}/{3}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>{0} left</source>
        <translation>剩余 {0}</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <source>Loss plot</source>
        <translation>损失图</translation>
    </message>
    <message>
        <source>The loss: how wrong the network is (lower is better).
Faint: every batch. Dark: the average of the last batches.
Orange dots: the loss on validation images the network never trains on.
If the orange line rises while the blue one falls, the network is memorising.</source>
        <translation>损失：网络错得有多厉害（越低越好）。
浅色：每个批次。深色：最近若干批次的平均。
橙色点：网络从不训练的验证图像上的损失。
如果橙色线上升而蓝色线下降，说明网络在死记硬背。</translation>
    </message>
    <message>
        <source>Accuracy plot</source>
        <translation>准确率图</translation>
    </message>
    <message>
        <source>The share of images the network reads correctly, after each epoch.
Green: validation images, which it never trains on.
Blue, dashed: its training images (up to 1,000 of them, undistorted).
If the blue line climbs towards 100% while the green one stays below,
the network is memorising its training images instead of learning digits.</source>
        <translation>每轮之后网络读对的图像所占比例。
绿色：网络从不训练的验证图像。
蓝色虚线：它的训练图像（最多 1,000 张，不加变形）。
如果蓝色线升向 100% 而绿色线停在下面，
说明网络在死记硬背训练图像，而不是学会认数字。</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>batch loss</source>
        <translation>批次损失</translation>
    </message>
    <message>
        <source>moving average</source>
        <translation>滑动平均</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Logarithmic loss axis</source>
        <translation>对数损失坐标轴</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: small improvements late in training
stay visible instead of hugging the bottom of the plot.</source>
        <translation>在对数坐标轴上显示损失：训练后期的微小改进
依然清晰可见，而不是贴在图的底部。</translation>
    </message>
    <message>
        <source>Values under the mouse</source>
        <translation>鼠标下的数值</translation>
    </message>
    <message>
        <source>Point at the curves to read their values.</source>
        <translation>把鼠标指向曲线即可读取数值。</translation>
    </message>
    <message>
        <source>lr {0:g}, momentum {1:g}</source>
        <translation>学习率 {0:g}，动量 {1:g}</translation>
    </message>
    <message>
        <source>epoch &lt;b&gt;{0:.2f}&lt;/b&gt;</source>
        <translation>第 &lt;b&gt;{0:.2f}&lt;/b&gt; 轮</translation>
    </message>
    <message>
        <source>batch loss &lt;b&gt;{0:.4f}&lt;/b&gt;</source>
        <translation>批次损失 &lt;b&gt;{0:.4f}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>average &lt;b&gt;{0:.4f}&lt;/b&gt;</source>
        <translation>平均 &lt;b&gt;{0:.4f}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>after epoch {0:g}: validation loss &lt;b&gt;{1:.4f}&lt;/b&gt;, accuracy &lt;b&gt;{2:.2f}%&lt;/b&gt;</source>
        <translation>第 {0:g} 轮之后：验证损失 &lt;b&gt;{1:.4f}&lt;/b&gt;，准确率 &lt;b&gt;{2:.2f}%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>training accuracy &lt;b&gt;{0:.2f}%&lt;/b&gt;</source>
        <translation>训练准确率 &lt;b&gt;{0:.2f}%&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>Training stopped because of an error: {0}</source>
        <translation>训练因错误而停止：{0}</translation>
    </message>
    <message>
        <source>Loading MNIST…</source>
        <translation>正在加载 MNIST……</translation>
    </message>
    <message>
        <source>Measuring the test accuracy…</source>
        <translation>正在测量测试准确率……</translation>
    </message>
</context>
<context>
    <name>ValidationEvaluator</name>
    <message>
        <source>Could not read the validation set: {0}</source>
        <translation>无法读取验证集：{0}</translation>
    </message>
</context>
<context>
    <name>WindowSettings</name>
    <message>
        <source>window size</source>
        <translation>窗口大小</translation>
    </message>
    <message>
        <source>window layout</source>
        <translation>窗口布局</translation>
    </message>
    <message>
        <source>training settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <source>pen width</source>
        <translation>笔宽</translation>
    </message>
    <message>
        <source>loss axis</source>
        <translation>损失坐标轴</translation>
    </message>
    <message>
        <source>histogram axis</source>
        <translation>直方图坐标轴</translation>
    </message>
    <message>
        <source>&quot;I don&apos;t know&quot; threshold</source>
        <translation>“我不知道”阈值</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>温度</translation>
    </message>
</context>
<context>
    <name>WorkerWords</name>
    <message numerus="yes">
        <source>Training on %Ln image(s), validating on {0}…</source>
        <translation>
            <numerusform>在 %Ln 张图像上训练，在 {0} 张上验证……</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>buglab</name>
    <message>
        <source>Sigmoid derivative with the wrong sign</source>
        <translation>Sigmoid 导数的符号错了</translation>
    </message>
    <message>
        <source>Every sigmoid flips the sign of the gradient passing through it. A tensor behind an odd number of sigmoids is pushed uphill, behind an even number the flips cancel: the gradient check fails exactly on the former.</source>
        <translation>每个 sigmoid 都会翻转经过它的梯度的符号。位于奇数个 sigmoid 之后的张量被推向上坡，位于偶数个之后的翻转相互抵消：梯度检验恰好在前者上失败。</translation>
    </message>
    <message>
        <source>Sigmoid derivative of an output that is already a sigmoid</source>
        <translation>对已经是 sigmoid 的输出再求 sigmoid 导数</translation>
    </message>
    <message>
        <source>The derivative is s(a)*(1-s(a)) of the activation a, always about 0.2-0.25, instead of a*(1-a). Saturated units (a near 0 or 1) keep passing gradient they should not; every gradient has the wrong size.</source>
        <translation>导数成了激活值 a 的 s(a)*(1-s(a))，始终约为 0.2-0.25，而不是 a*(1-a)。饱和单元（a 接近 0 或 1）继续传递本不该传递的梯度；每个梯度的大小都是错的。</translation>
    </message>
    <message>
        <source>(1 - sigmoid(a)) in place of a*(1-a)</source>
        <translation>用 (1 - sigmoid(a)) 代替 a*(1-a)</translation>
    </message>
    <message>
        <source>The factor is 1 - s(a), between 0.27 and 0.5, instead of a*(1-a): about 1.5 times too large at best, and ever larger as a nears 0 or 1 (where a*(1-a) goes to 0). It is unrelated to the unit&apos;s slope, so the step does not point downhill and the loss jumps around.</source>
        <translation>因子是 1 - s(a)，介于 0.27 和 0.5 之间，而不是 a*(1-a)：最好的情况下也大了约 1.5 倍，当 a 接近 0 或 1 时（a*(1-a) 趋于 0）更是大得没有上限。它与单元的斜率无关，所以这一步并不指向下坡，损失上下跳动。</translation>
    </message>
    <message>
        <source>Update adds the step instead of subtracting it</source>
        <translation>更新把步长加上而不是减去</translation>
    </message>
    <message>
        <source>Gradient ascent: every step goes uphill and the loss rises. The gradient itself is right, so the gradient check passes; the update check fails.</source>
        <translation>梯度上升：每一步都走上坡，损失上升。梯度本身是对的，所以梯度检验通过；更新检验失败。</translation>
    </message>
</context>
<context>
    <name>data_import</name>
    <message>
        <source>Bundled MNIST ({0})</source>
        <translation>内置 MNIST（{0}）</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>{0}: no {1} (.gz) in this folder; choose a folder with the MNIST files, or the images file and then the labels file</source>
        <translation>{0}：此文件夹中没有 {1}（.gz）；请选择一个包含 MNIST 文件的文件夹，或先选图像文件再选标签文件</translation>
    </message>
    <message>
        <source>{0}: there is no label column, so it cannot be trained on (Kaggle&apos;s test.csv has none). Import train.csv, whose first column is the label.</source>
        <translation>{0}：没有标签列，因此不能用于训练（Kaggle 的 test.csv 没有标签列）。请导入第一列为标签的 train.csv。</translation>
    </message>
    <message>
        <source>{0}: no images after the header</source>
        <translation>{0}：表头之后没有图像</translation>
    </message>
    <message>
        <source>choose one CSV file, one folder, or an images file and a labels file</source>
        <translation>请选择一个 CSV 文件、一个文件夹，或一个图像文件和一个标签文件</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{0}, line {1}</source>
        <translation>{0}，第 {1} 行</translation>
    </message>
    <message>
        <source>{0}: no such file (looked in {1})</source>
        <translation>{0}：没有这个文件（在 {1} 中查找过）</translation>
    </message>
    <message>
        <source>{0}: cannot read file ({1})</source>
        <translation>{0}：无法读取文件（{1}）</translation>
    </message>
    <message>
        <source>{0}: not a valid gzip file ({1})</source>
        <translation>{0}：不是有效的 gzip 文件（{1}）</translation>
    </message>
    <message>
        <source>{0}: truncated: expected {1} bytes of {2}, found {3}</source>
        <translation>{0}：文件被截断：{2}应有 {1} 字节，只找到 {3} 字节</translation>
    </message>
    <message>
        <source>{0}: too short to be an IDX file ({1} bytes)</source>
        <translation>{0}：太短，不可能是 IDX 文件（{1} 字节）</translation>
    </message>
    <message>
        <source>{0}: bad magic number {1} (expected 0x00000801, 0x00000802 or 0x00000803 for an IDX file of unsigned bytes); this IDX file holds {2}</source>
        <translation>{0}：魔数 {1} 不对（无符号字节的 IDX 文件应为 0x00000801、0x00000802 或 0x00000803）；这个 IDX 文件存的是 {2}</translation>
    </message>
    <message>
        <source>{0}: bad magic number {1} (expected 0x00000801, 0x00000802 or 0x00000803 for an IDX file of unsigned bytes)</source>
        <translation>{0}：魔数 {1} 不对（无符号字节的 IDX 文件应为 0x00000801、0x00000802 或 0x00000803）</translation>
    </message>
    <message>
        <source>{0}: truncated: the header needs {1} bytes for {2} dimension(s), found {3}</source>
        <translation>{0}：文件被截断：{2} 个维度的文件头需要 {1} 字节，只找到 {3} 字节</translation>
    </message>
    <message>
        <source>label data</source>
        <translation>标签数据</translation>
    </message>
    <message>
        <source>pixel data</source>
        <translation>像素数据</translation>
    </message>
    <message>
        <source>{0}: the header declares {1} bytes of {2} (shape {3}), more than digitdesk reads ({4})</source>
        <translation>{0}：文件头声明了 {1} 字节的{2}（形状 {3}），超过 digitdesk 能读取的上限（{4}）</translation>
    </message>
    <message>
        <source>{0}: the header declares {1} bytes of {2} in a {3}-byte .gz file, {4} times larger; digit images compress about 5 times, so this file is refused as damaged or a decompression bomb</source>
        <translation>{0}：文件头在一个 {3} 字节的 .gz 文件中声明了 {1} 字节的{2}，大了 {4} 倍；数字图像大约只能压缩 5 倍，所以这个文件被视为损坏或解压炸弹而拒绝</translation>
    </message>
    <message>
        <source>{0}: {1} unexpected extra bytes after the {2} bytes of {3} (shape {4})</source>
        <translation>{0}：在 {2} 字节的{3}（形状 {4}）之后多出 {1} 个意外的字节</translation>
    </message>
    <message>
        <source>{0}: expected images of N x 28 x 28 pixels, found dimensions {1}</source>
        <translation>{0}：应为 N x 28 x 28 像素的图像，实际维度为 {1}</translation>
    </message>
    <message>
        <source>{0}: expected a 1-dimensional list of labels, found dimensions {1}</source>
        <translation>{0}：应为一维的标签列表，实际维度为 {1}</translation>
    </message>
    <message>
        <source>{0}: {1} images but {2} has {3} labels</source>
        <translation>{0}：有 {1} 张图像，但 {2} 有 {3} 个标签</translation>
    </message>
    <message>
        <source>{0}: holds no images (its header says 0), so there is nothing to train on</source>
        <translation>{0}：不含任何图像（文件头写的是 0），没有可以训练的数据</translation>
    </message>
    <message>
        <source>{0}: label {1} out of range 0-9 at index {2}</source>
        <translation>{0}：索引 {2} 处的标签 {1} 超出 0-9 的范围</translation>
    </message>
    <message>
        <source>{0}: not a text file (could not decode it as UTF-8)</source>
        <translation>{0}：不是文本文件（无法按 UTF-8 解码）</translation>
    </message>
    <message>
        <source>{0}: file is empty</source>
        <translation>{0}：文件是空的</translation>
    </message>
    <message>
        <source>{0}: could not read the rows from here to line {1}</source>
        <translation>{0}：无法读取从这里到第 {1} 行的数据</translation>
    </message>
    <message>
        <source>{0}: missing header row: line 1 starts with a number; expected &apos;label,pixel0,...,pixel783&apos; or &apos;pixel0,...,pixel783&apos;</source>
        <translation>{0}：缺少表头行：第 1 行以数字开头；应为“label,pixel0,...,pixel783”或“pixel0,...,pixel783”</translation>
    </message>
    <message>
        <source>{0}: the columns are separated by {1}, not by commas; expected &apos;label,pixel0,...,pixel783&apos; (save the file as comma-separated values)</source>
        <translation>{0}：各列以 {1} 分隔，而不是逗号；应为“label,pixel0,...,pixel783”（请把文件另存为以逗号分隔的 CSV）</translation>
    </message>
    <message>
        <source>{0}: columns in the header: {1}, the first &apos;{2}&apos;; expected &apos;label,pixel0,...,pixel783&apos; (785 columns) or &apos;pixel0,...,pixel783&apos; (784 columns)</source>
        <translation>{0}：表头共 {1} 列，第一列为“{2}”；应为“label,pixel0,...,pixel783”（785 列）或“pixel0,...,pixel783”（784 列）</translation>
    </message>
    <message>
        <source>{0}: empty line</source>
        <translation>{0}：空行</translation>
    </message>
    <message>
        <source>{0}: values on the line: {1}, expected {2}. The file ends in the middle of this line: it was cut short. Delete this line, or copy the whole file again</source>
        <translation>{0}：该行有 {1} 个值，应为 {2} 个。文件在这一行中间就结束了：它被截断了。请删掉这一行，或重新复制完整的文件</translation>
    </message>
    <message>
        <source>{0}: values on the line: {1}, expected {2}</source>
        <translation>{0}：该行有 {1} 个值，应为 {2} 个</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a whole number</source>
        <translation>{0}：“{1}”不是整数</translation>
    </message>
    <message>
        <source>{0}: &apos;{1}&apos; is not a number</source>
        <translation>{0}：“{1}”不是数字</translation>
    </message>
    <message>
        <source>{0}: label {1} out of range 0-9</source>
        <translation>{0}：标签 {1} 超出 0-9 的范围</translation>
    </message>
    <message>
        <source>{0}: pixel value {1} out of range 0-255</source>
        <translation>{0}：像素值 {1} 超出 0-255 的范围</translation>
    </message>
    <message>
        <source>{0}: MNIST data file not found. The data folder is missing or incomplete: looked in {1}</source>
        <translation>{0}：找不到 MNIST 数据文件。数据文件夹缺失或不完整：在 {1} 中查找过</translation>
    </message>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}：没有这个文件</translation>
    </message>
    <message>
        <source>{0}: no such file ({1})</source>
        <translation>{0}：没有这个文件（{1}）</translation>
    </message>
    <message>
        <source>{0}: is a folder, not a model file</source>
        <translation>{0}：是一个文件夹，不是模型文件</translation>
    </message>
    <message>
        <source>{0}: cannot be read ({1})</source>
        <translation>{0}：无法读取（{1}）</translation>
    </message>
    <message>
        <source>{0}: the file is empty</source>
        <translation>{0}：文件是空的</translation>
    </message>
    <message>
        <source>{0}: not a digitdesk model (not an .npz archive)</source>
        <translation>{0}：不是 digitdesk 模型（不是 .npz 归档）</translation>
    </message>
    <message>
        <source>{0}: not a digitdesk model (no metadata entry)</source>
        <translation>{0}：不是 digitdesk 模型（没有 metadata 条目）</translation>
    </message>
    <message>
        <source>{0}: a file of handwriting digits kept with Keep as, not a model. The app shows the digits it keeps in My handwriting; to fine-tune a model on this file: digitdesk finetune MODEL.npz --personal FOLDER (the folder this file is in).</source>
        <translation>{0}：这是用“记为”保存的手写数字文件，不是模型。应用会在“我的手写”中显示保存的数字；要用这个文件微调模型：digitdesk finetune MODEL.npz --personal FOLDER（FOLDER 为该文件所在的文件夹）。</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>the metadata is not one text entry (it is {0} of shape {1})</source>
        <translation>元数据不是一条文本记录（而是形状为 {1} 的 {0}）</translation>
    </message>
    <message>
        <source>the metadata claims {0:,} characters, more than a model&apos;s metadata ever holds ({1:,})</source>
        <translation>元数据声称有 {0:,} 个字符，超过模型元数据可能的上限（{1:,}）</translation>
    </message>
    <message>
        <source>{0}: the metadata cannot be read ({1})</source>
        <translation>{0}：无法读取元数据（{1}）</translation>
    </message>
    <message>
        <source>{0}: not a digitdesk model (the metadata does not say {1})</source>
        <translation>{0}：不是 digitdesk 模型（元数据中没有 {1}）</translation>
    </message>
    <message>
        <source>{0}: bad format version {1}</source>
        <translation>{0}：格式版本 {1} 不对</translation>
    </message>
    <message>
        <source>{0}: made by a newer digitdesk (format version {1}; this version reads up to {2})</source>
        <translation>{0}：由更新版本的 digitdesk 生成（格式版本 {1}；本版本最多读取到 {2}）</translation>
    </message>
    <message>
        <source>they are not a list of named values</source>
        <translation>它们不是一组带名称的值</translation>
    </message>
    <message>
        <source>{0}: invalid training settings in the metadata: {1}</source>
        <translation>{0}：元数据中的训练设置无效：{1}</translation>
    </message>
    <message>
        <source>{0}: layers {1} would have {2:,} weights, more than digitdesk opens ({3:,})</source>
        <translation>{0}：层 {1} 会有 {2:,} 个权重，超过 digitdesk 能打开的上限（{3:,}）</translation>
    </message>
    <message>
        <source>{0}: layers {1} would compute {2:,} values for each image, more than digitdesk opens ({3:,})</source>
        <translation>{0}：层 {1} 对每张图像要计算 {2:,} 个值，超过 digitdesk 能打开的上限（{3:,}）</translation>
    </message>
    <message>
        <source>{0}: missing array {1}</source>
        <translation>{0}：缺少数组 {1}</translation>
    </message>
    <message>
        <source>{0}: unexpected arrays {1}</source>
        <translation>{0}：有意外的数组 {1}</translation>
    </message>
    <message>
        <source>{0}: {1} has shape {2}, expected {3} for layers {4}</source>
        <translation>{0}：{1} 的形状是 {2}，而层 {4} 需要 {3}</translation>
    </message>
    <message>
        <source>{0}: {1} has type {2}, expected floating point</source>
        <translation>{0}：{1} 的类型是 {2}，应为浮点数</translation>
    </message>
    <message>
        <source>{0}: {1} contains non-finite values (NaN or infinity)</source>
        <translation>{0}：{1} 含有非有限值（NaN 或无穷大）</translation>
    </message>
    <message>
        <source>{0}: the metadata&apos;s {1} is not text</source>
        <translation>{0}：元数据中的 {1} 不是文本</translation>
    </message>
    <message>
        <source>{0}: the weights are so large that the network&apos;s outputs overflow: it predicts no number at all (NaN) for test images, so it cannot be used</source>
        <translation>{0}：权重太大，网络的输出溢出：它对测试图像给不出任何数值（NaN），因此无法使用</translation>
    </message>
    <message>
        <source>{0} is {1} {2}, expected {3}</source>
        <translation>{0} 是{1} {2}，应为{3}</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>布尔值（真/假）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>{0}: the history&apos;s {1} is not a list of numbers</source>
        <translation>{0}：历史记录中的 {1} 不是数字列表</translation>
    </message>
    <message>
        <source>{0}: the history&apos;s {1} holds {2} values</source>
        <translation>{0}：历史记录中的 {1} 含有 {2} 值</translation>
    </message>
    <message>
        <source>{0}: the history is not a set of named curves</source>
        <translation>{0}：历史记录不是一组具名曲线</translation>
    </message>
    <message>
        <source>{0}: the history has {1:,} batch positions but {2:,} batch losses</source>
        <translation>{0}：历史记录中有 {1:,} 个批次位置，却有 {2:,} 个批次损失</translation>
    </message>
    <message>
        <source>{0}: the model facts (&apos;info&apos;) are not a set of named values</source>
        <translation>{0}：模型信息（“info”）不是一组具名的值</translation>
    </message>
    <message>
        <source>{0}: the model fact {1} is {2} {3}, expected {4}</source>
        <translation>{0}：模型信息 {1} 是 {2} {3}，应为 {4}</translation>
    </message>
    <message>
        <source>{0}: the model fact {1} is not a plain value</source>
        <translation>{0}：模型信息 {1} 不是简单的值</translation>
    </message>
    <message>
        <source>{0}: the test accuracy {1} is not between 0 and 1</source>
        <translation>{0}：测试准确率 {1} 不在 0 和 1 之间</translation>
    </message>
    <message>
        <source>not a list of runs</source>
        <translation>不是运行的列表</translation>
    </message>
    <message>
        <source>it is not text</source>
        <translation>它不是文本</translation>
    </message>
    <message>
        <source>{0} could not be read ({1}); starting a new list</source>
        <translation>无法读取 {0}（{1}）；将开始一个新列表</translation>
    </message>
    <message>
        <source>Runs in {1} that could not be read (made by a newer digitdesk, or damaged) were dropped to make room for new runs, the oldest first (the list keeps the last {2}): {0} dropped, {3} still kept in the file</source>
        <translation>{1} 中无法读取的运行（由更新版本的 digitdesk 生成，或已损坏）已从最旧的开始删除，为新的运行腾出空间（列表保留最近 {2} 次）：删除 {0} 个，文件中仍保留 {3} 个</translation>
    </message>
    <message>
        <source>{0} of the runs in {1} could not be read (made by a newer digitdesk, or damaged): they are not shown here, and are kept in the file while the list has room for them (they count toward its last {2} runs; a run it can read is never dropped for them)</source>
        <translation>{1} 中有 {0} 个运行无法读取（由更新版本的 digitdesk 生成，或已损坏）：它们不在此显示，在列表还有空间时保留在文件中（它们计入列表保留的最近 {2} 次运行；可读的运行绝不会因它们而被删除）</translation>
    </message>
    <message>
        <source>comma-separated layers, e.g. conv32x5,pool2,conv64x5,pool2,dense128: convNxK (N filters of K x K pixels; add &apos;same&apos; to keep the size), poolK (K x K max pooling), denseN (N units), dropoutR (rate R, e.g. 0.25)</source>
        <translation>用逗号分隔的层，例如 conv32x5,pool2,conv64x5,pool2,dense128：convNxK（N 个 K x K 像素的卷积核；加 same 保持尺寸），poolK（K x K 最大池化），denseN（N 个单元），dropoutR（比例 R，例如 0.25）</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a layer: separate layers with commas</source>
        <translation>“{0}”不是层：请用逗号分隔各层</translation>
    </message>
    <message>
        <source>{0}: the dropout rate must be in [0, 1), not {1}</source>
        <translation>{0}：dropout 的丢弃概率必须在 [0, 1) 之内，而不是 {1}</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>卷积核数</translation>
    </message>
    <message>
        <source>block size</source>
        <translation>块大小</translation>
    </message>
    <message>
        <source>units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>{0}: {1} must be at least 1, not {2}</source>
        <translation>{0}：{1}至少为 1，而不是 {2}</translation>
    </message>
    <message>
        <source>{0}: the kernel must be at least 1 pixel</source>
        <translation>{0}：卷积核至少为 1 个像素</translation>
    </message>
    <message>
        <source>{0}: &apos;same&apos; padding needs an odd kernel (3, 5, ...)</source>
        <translation>{0}：same 填充需要奇数大小的卷积核（3、5、……）</translation>
    </message>
    <message>
        <source>an empty name is not a layer; {0}</source>
        <translation>空名称不是层；{0}</translation>
    </message>
    <message>
        <source>{0} is not a layer; {1}</source>
        <translation>{0} 不是层；{1}</translation>
    </message>
    <message>
        <source>{0} needs an image input</source>
        <translation>{0} 需要图像输入</translation>
    </message>
    <message>
        <source>{0} comes after a dense layer: convolution and pooling layers go first, while the input is still an image</source>
        <translation>{0} 位于全连接层之后：卷积层和池化层要放在前面，那时输入还是图像</translation>
    </message>
    <message>
        <source>{0}: a {1}x{1} kernel does not fit its {2}x{3} input</source>
        <translation>{0}：{1}x{1} 的卷积核放不进 {2}x{3} 的输入</translation>
    </message>
    <message>
        <source>{0}: a {1}x{1} block does not fit its {2}x{3} input</source>
        <translation>{0}：{1}x{1} 的块放不进 {2}x{3} 的输入</translation>
    </message>
    <message>
        <source>unknown bug {0}; choose from {1}</source>
        <translation>未知的错误开关 {0}；可选：{1}</translation>
    </message>
    <message>
        <source>bugs {0} and {1} cannot be on together: both replace the sigmoid&apos;s derivative</source>
        <translation>错误开关 {0} 和 {1} 不能同时打开：两者都替换 sigmoid 的导数</translation>
    </message>
    <message>
        <source>bug {0} changes the sigmoid&apos;s derivative, but this network has no sigmoid (use a sigmoid activation or head)</source>
        <translation>错误开关 {0} 改变 sigmoid 的导数，但这个网络没有 sigmoid（请用 sigmoid 激活函数或输出）</translation>
    </message>
    <message>
        <source>hidden sizes {0} do not match the dense layers of {1}; give one or the other</source>
        <translation>隐藏层大小 {0} 与 {1} 的全连接层不一致；只给出其中一个</translation>
    </message>
    <message>
        <source>{0} must be one of {1}, not {2}</source>
        <translation>{0} 必须是 {1} 之一，而不是 {2}</translation>
    </message>
    <message>
        <source>hidden layer sizes must be at least 1, not {0}</source>
        <translation>隐藏层大小至少为 1，而不是 {0}</translation>
    </message>
    <message>
        <source>learning rate must be a positive number, not {0}</source>
        <translation>学习率必须是正数，而不是 {0}</translation>
    </message>
    <message>
        <source>momentum must be in [0, 1), not {0}</source>
        <translation>动量必须在 [0, 1) 之内，而不是 {0}</translation>
    </message>
    <message>
        <source>batch size must be at least 1 (or full batch), not {0}</source>
        <translation>批次大小至少为 1（或全批次），而不是 {0}</translation>
    </message>
    <message>
        <source>epochs must be at least 1, not {0}</source>
        <translation>轮数至少为 1，而不是 {0}</translation>
    </message>
    <message>
        <source>L2 must be a number &gt;= 0, not {0}</source>
        <translation>L2 必须是 &gt;= 0 的数，而不是 {0}</translation>
    </message>
    <message>
        <source>seed must be from 0 to {0}, not {1}</source>
        <translation>种子必须在 0 到 {0} 之间，而不是 {1}</translation>
    </message>
    <message>
        <source>training-subset size must be at least 1, not {0}</source>
        <translation>训练图像数至少为 1，而不是 {0}</translation>
    </message>
    <message>
        <source>validation size must be &gt;= 0, not {0}</source>
        <translation>验证图像数必须 &gt;= 0，而不是 {0}</translation>
    </message>
    <message>
        <source>digits must be from 0 to 9, not {0}</source>
        <translation>数字必须在 0 到 9 之间，而不是 {0}</translation>
    </message>
    <message>
        <source>choose at least two digits to tell apart, not {0}</source>
        <translation>至少选择两个要区分的数字，而不是 {0}</translation>
    </message>
    <message>
        <source>pen styles: choose one or more of the digits {0}, not {1}</source>
        <translation>笔迹风格：请从数字 {0} 中选一个或多个，而不是 {1}</translation>
    </message>
    <message>
        <source>unknown training settings: {0}</source>
        <translation>未知的训练设置：{0}</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0}或{1}</translation>
    </message>
    <message>
        <source>the file is truncated or corrupt ({0})</source>
        <translation>文件被截断或已损坏（{0}）</translation>
    </message>
    <message>
        <source>the archive holds {0:,} entries, not a model&apos;s few</source>
        <translation>归档中有 {0:,} 个条目，而模型只有几个</translation>
    </message>
    <message>
        <source>the archive holds two entries named {0}</source>
        <translation>归档中有两个名为 {0} 的条目</translation>
    </message>
    <message>
        <source>{0} is truncated: {1:,} of {2:,} bytes of data</source>
        <translation>{0} 被截断：数据只有 {2:,} 字节中的 {1:,} 字节</translation>
    </message>
    <message>
        <source>{0} has data after its {1:,} bytes</source>
        <translation>{0} 在其 {1:,} 字节之后还有数据</translation>
    </message>
    <message>
        <source>{0} cannot be read ({1})</source>
        <translation>无法读取 {0}（{1}）</translation>
    </message>
    <message>
        <source>{0} is truncated: its header declares {1:,} bytes, the archive holds {2:,}</source>
        <translation>{0} 被截断：其头部声明 {1:,} 字节，归档中只有 {2:,} 字节</translation>
    </message>
    <message>
        <source>{0} declares {1:,} bytes from {2:,} compressed ones: refused as damaged or a decompression bomb</source>
        <translation>{0} 声称由 {2:,} 个压缩字节解出 {1:,} 字节：作为损坏文件或“解压炸弹”拒绝</translation>
    </message>
    <message>
        <source>unknown .npy format version {0}</source>
        <translation>未知的 .npy 格式版本 {0}</translation>
    </message>
    <message>
        <source>contains pickled objects, which digitdesk never loads</source>
        <translation>包含 pickle 对象，digitdesk 从不加载它们</translation>
    </message>
    <message>
        <source>it is password-protected, which model files never are</source>
        <translation>它有密码保护，而模型文件从不这样</translation>
    </message>
    <message>
        <source>it is compressed in a way this Python cannot read: {0}</source>
        <translation>它的压缩方式是这个 Python 读不了的：{0}</translation>
    </message>
    <message>
        <source>not a complete zip archive: its end is missing</source>
        <translation>不是完整的 zip 压缩包：缺少结尾</translation>
    </message>
    <message>
        <source>its data does not match its checksum</source>
        <translation>数据与校验和不符</translation>
    </message>
    <message>
        <source>an entry&apos;s header is damaged</source>
        <translation>某个条目的文件头已损坏</translation>
    </message>
    <message>
        <source>its compressed data is damaged</source>
        <translation>其压缩数据已损坏</translation>
    </message>
    <message>
        <source>the zip library says: {0}</source>
        <translation>zip 库报告：{0}</translation>
    </message>
    <message>
        <source>{0} is not a number JSON allows</source>
        <translation>{0} 不是 JSON 允许的数</translation>
    </message>
    <message>
        <source>the number {0} is too large</source>
        <translation>数 {0} 太大</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套太深</translation>
    </message>
    <message>
        <source>bad JSON at line {0}, column {1}</source>
        <translation>JSON 有误，位于第 {0} 行第 {1} 列</translation>
    </message>
    <message>
        <source>the start of training</source>
        <translation>训练开始时</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>before batch {0} of epoch {1}</source>
        <translation>第 {1} 轮第 {0} 个批次之前</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>the end of epoch {0}</source>
        <translation>第 {0} 轮结束时</translation>
    </message>
    <message>
        <source>the {0} became {1}</source>
        <translation>{0}变成了 {1}</translation>
    </message>
    <message>
        <source>the {0} exploded to {1:.3g}, more than {2} times the first loss of this run ({3:.3g})</source>
        <translation>{0}暴涨到 {1:.3g}，超过本次运行第一次损失（{3:.3g}）的 {2} 倍</translation>
    </message>
    <message>
        <source>Training stopped at epoch {0}, batch {1}: {2}. The weights from {3}, the last good ones, were restored. Try a smaller learning rate (it was {4:g}), or mean instead of summed gradients.</source>
        <translation>训练在第 {0} 轮第 {1} 个批次停止：{2}。已恢复{3}的权重，即最后一组正常的权重。请尝试更小的学习率（原为 {4:g}），或用梯度的平均代替求和。</translation>
    </message>
    <message>
        <source>Training stopped at epoch {0}, batch {1}: {2}. The weights from {3}, the last good ones, were restored. Try a smaller learning rate (it was {4:g}).</source>
        <translation>训练在第 {0} 轮第 {1} 个批次停止：{2}。已恢复{3}的权重，即最后一组正常的权重。请尝试更小的学习率（原为 {4:g}）。</translation>
    </message>
    <message>
        <source>validation size {0:,} leaves no training rows (there are {1:,})</source>
        <translation>验证图像数 {0:,} 会让训练图像一个不剩（总共只有 {1:,} 个）</translation>
    </message>
    <message>
        <source>training-subset size {0:,} is more than the {1:,} rows left after holding out {2:,} for validation</source>
        <translation>训练图像数 {0:,} 多于留出 {2:,} 个验证图像后剩下的 {1:,} 行</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>The loss blew up</source>
        <translation>损失爆炸了</translation>
    </message>
    <message>
        <source>The loss exploded (to over a thousand times where it started, or to infinity or NaN): the steps were so large that the weights blew up. Training stopped and the last good weights were restored. Take smaller steps: learning rate {new_lr:g} instead of {lr:g}{sum_note}.</source>
        <translation>损失爆炸了（超过起始值的一千倍，或变成无穷大或 NaN）：步子太大，权重爆炸了。训练已停止，并恢复了最后一组正常的权重。请走小一点的步子：学习率用 {new_lr:g} 而不是 {lr:g}{sum_note}。</translation>
    </message>
    <message>
        <source>, and the mean instead of the sum of the gradients</source>
        <translation>，并对梯度取平均而不是求和</translation>
    </message>
    <message>
        <source>Lower the learning rate</source>
        <translation>降低学习率</translation>
    </message>
    <message>
        <source>In {share:.0%} of the last {points} {unit} the loss rose by more than a quarter of where it started ({first:.3g}); it ranged from {low:.3g} to {high:.3g}. Each step overshoots the valley and lands on the other side. With summed gradients the step grows with the batch: learning rate {lr:g} on the sum of {batch} examples. Average the gradients, over mini-batches.</source>
        <translation>在最近 {points} {unit}中，有 {share:.0%} 的损失上升幅度超过起始值（{first:.3g}）的四分之一；它在 {low:.3g} 到 {high:.3g} 之间变化。每一步都越过谷底，落到了另一侧。使用求和的梯度时，步长随批次增大：学习率 {lr:g} 乘的是一个批次中所有样本的梯度之和（批次大小：{batch}）。请对梯度取平均，并使用小批次。</translation>
    </message>
    <message>
        <source>Mean gradient, mini-batches</source>
        <translation>平均梯度、小批次</translation>
    </message>
    <message>
        <source>In {share:.0%} of the last {points} {unit} the loss rose by more than a quarter of where it started ({first:.3g}); it ranged from {low:.3g} to {high:.3g}. Each step overshoots the valley and lands on the other side: learning rate {lr:g} is too large for this network and batch. Try {new_lr:g}.</source>
        <translation>在最近 {points} {unit}中，有 {share:.0%} 的损失上升幅度超过起始值（{first:.3g}）的四分之一；它在 {low:.3g} 到 {high:.3g} 之间变化。每一步都越过谷底，落到了另一侧：对这个网络和批次来说，学习率 {lr:g} 太大了。试试 {new_lr:g}。</translation>
    </message>
    <message>
        <source>The loss jumps up and down</source>
        <translation>损失上下跳动</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <source>blocks of {0} batches</source>
        <translation>组（每组 {0} 个批次）</translation>
    </message>
    <message>
        <source>all training</source>
        <translation>全部训练样本</translation>
    </message>
    <message>
        <source>higher than the {0:.3g} it started at: the first steps made it worse</source>
        <translation>高于起始时的 {0:.3g}：最初几步反而让它变差了</translation>
    </message>
    <message>
        <source>it started at {0:.3g}</source>
        <translation>起始于 {0:.3g}</translation>
    </message>
    <message>
        <source>The loss stopped moving: units are saturated</source>
        <translation>损失不动了：单元饱和</translation>
    </message>
    <message>
        <source>Turn the bugs off</source>
        <translation>关闭错误开关</translation>
    </message>
    <message>
        <source>Over the last {points} batches the loss changed by {change:.2%}, while it is still at {level:.3g} ({started}). Most sigmoid outputs sit at their limits ({layers}), where almost no gradient flows back. The bug-lab switches ({bugs}) drove them there: the steps do not go downhill.</source>
        <translation>在最近 {points} 个批次中，损失只变化了 {change:.2%}，而它仍在 {level:.3g}（{started}）。大多数 sigmoid 输出停在它们的极限处（{layers}），在那里几乎没有梯度能传回。是错误实验室开关（{bugs}）把它们推到了那里：这些步子并不走下坡。</translation>
    </message>
    <message>
        <source>Over the last {points} batches the loss changed by {change:.2%}, while it is still at {level:.3g} ({started}). Most sigmoid/tanh outputs sit at their limits ({layers}), where the slope y(1-y) is about 0 and almost no gradient flows back. The initialisation (uniform(-1, 1) over 784 inputs saturates at once) or a summed gradient (a step as large as the batch) put them there: use Xavier/He initialisation, the mean gradient and mini-batches.</source>
        <translation>在最近 {points} 个批次中，损失只变化了 {change:.2%}，而它仍在 {level:.3g}（{started}）。大多数 sigmoid/tanh 输出停在它们的极限处（{layers}），在那里斜率 y(1-y) 约为 0，几乎没有梯度能传回。是初始化（784 个输入上的 uniform(-1, 1) 一开始就会饱和）或求和的梯度（步长随批次大小成倍增大）把它们推到了那里：请使用 Xavier/He 初始化、平均梯度和小批次。</translation>
    </message>
    <message>
        <source>Xavier/He, mean gradient, mini-batches</source>
        <translation>Xavier/He、平均梯度、小批次</translation>
    </message>
    <message>
        <source>The weights barely move</source>
        <translation>权重几乎不动</translation>
    </message>
    <message>
        <source>Over the last {points} batches the loss changed by {change:.2%}, and each step changes the weights by at most {ratio:.1e} of their size (about 1e-3 is healthy). The learning rate {lr:g} is too small for this network: try {new_lr:g}.</source>
        <translation>在最近 {points} 个批次中，损失只变化了 {change:.2%}，每一步对权重的改变最多只有其大小的 {ratio:.1e}（约 10⁻³ 为健康）。对这个网络来说，学习率 {lr:g} 太小了：试试 {new_lr:g}。</translation>
    </message>
    <message>
        <source>Raise the learning rate</source>
        <translation>提高学习率</translation>
    </message>
    <message>
        <source>Many ReLUs are dead</source>
        <translation>许多 ReLU 已经死亡</translation>
    </message>
    <message>
        <source>{layers} of the ReLU units output 0 for every image of the batch, so their gradient is 0 and they cannot learn again. Large steps push their inputs below 0 for good: lower the learning rate to {new_lr:g}, or use leaky ReLU, which keeps a small slope.</source>
        <translation>{layers} 的 ReLU 单元对批次中的每张图像都输出 0，所以它们的梯度为 0，再也无法学习。大步子把它们的输入永久推到了 0 以下：把学习率降到 {new_lr:g}，或使用保留小斜率的 leaky ReLU。</translation>
    </message>
    <message>
        <source>Lower the learning rate, leaky ReLU</source>
        <translation>降低学习率，改用 Leaky ReLU</translation>
    </message>
    <message>
        <source>Bug-lab switches are on</source>
        <translation>错误实验室开关已打开</translation>
    </message>
    <message>
        <source>The engine is deliberately broken ({bugs}): the gradient check or the update check shows where. Turn the switches off for the correct engine.</source>
        <translation>引擎被故意弄坏了（{bugs}）：梯度检验或更新检验会显示错在哪里。关闭这些开关即为正确的引擎。</translation>
    </message>
    <message>
        <source>A class regressed as a number</source>
        <translation>把类别当作数值来回归</translation>
    </message>
    <message>
        <source>The head predicts one number, label/10, with squared error. Digits are classes, not quantities: a 4 is not &apos;between&apos; a 3 and a 5, and an output halfway between two digits is rewarded. Use softmax with cross-entropy: one output per digit.</source>
        <translation>输出头用平方误差预测一个数值 label/10。数字是类别，而不是数量：4 并不“介于”3 和 5 之间，而介于两个数字之间的输出反而会得到奖励。请使用 softmax 加交叉熵：每个数字一个输出。</translation>
    </message>
    <message>
        <source>Softmax + cross-entropy</source>
        <translation>Softmax + 交叉熵</translation>
    </message>
    <message>
        <source>Full batch with summed gradients</source>
        <translation>全批次加求和的梯度</translation>
    </message>
    <message>
        <source>Every training row is in one step and the gradients are added up, so the step grows with the data: {size}. A learning rate that works for a few rows overshoots for many. Average the gradient (mean) and use mini-batches.</source>
        <translation>每一步都包含全部训练行，并把梯度相加，所以步长随数据增大：{size}。对少量行有效的学习率，在行数多时就会越过谷底。请对梯度取平均（mean），并使用小批次。</translation>
    </message>
    <message>
        <source>learning rate {0:g} x {1:,} rows, as large as a step of learning rate {2:g} on the mean gradient</source>
        <translation>学习率 {0:g} × {1:,} 行，相当于对平均梯度用学习率 {2:g} 走一步</translation>
    </message>
    <message>
        <source>learning rate x number of rows</source>
        <translation>学习率 x 行数</translation>
    </message>
    <message>
        <source>Mean gradient, mini-batches of 64</source>
        <translation>平均梯度、64 个一批的小批次</translation>
    </message>
    <message>
        <source>layer {0}: {1:.0%}</source>
        <translation>第 {0} 层：{1:.0%}</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} 和 {1}</translation>
    </message>
</context>
<context>
    <name>replays</name>
    <message>
        <source>000: the loss that stops moving</source>
        <translation>000：停止变化的损失</translation>
    </message>
    <message>
        <source>784-250-1, sigmoid everywhere, weights uniform(-1, 1), no biases, the label/10 regressed through one sigmoid with squared error, every one of 3,000 rows in one step, gradients summed, learning rate 0.1. After the first step the loss does not change at all, whatever the learning rate or the hidden size.</source>
        <translation>784-250-1，全部用 sigmoid，权重 uniform(-1, 1)，没有偏置，label/10 通过一个 sigmoid 用平方误差回归，3,000 行全部用于一步（全批次），梯度求和，学习率 0.1。第一步之后损失就完全不变了，无论学习率或隐藏层大小如何。</translation>
    </message>
    <message>
        <source>The loss curve goes flat after one step. Saturated units: most hidden sigmoids (about 60%) and the single output (100%) sit at 0 or 1, where y(1-y) is about 0 and no gradient flows back. Validation accuracy stays at chance (about 10%).</source>
        <translation>损失曲线在一步之后变平。饱和单元：大多数隐藏层 sigmoid（约 60%）和唯一的输出（100%）停在 0 或 1，在那里 y(1-y) 约为 0，没有梯度能传回。验证准确率停留在随机水平（约 10%）。</translation>
    </message>
    <message>
        <source>The summed gradient of 3,000 rows makes the first step 3,000 times too large: it throws the output sigmoid to 1 for every image, and uniform(-1, 1) over 784 inputs has already saturated the hidden ones. The fixed twin uses the mean gradient, mini-batches of 64, Xavier initialisation and biases, and softmax with cross-entropy (a class is not a number to regress): about 90% in 10 epochs.</source>
        <translation>3,000 行的梯度求和使第一步大了 3,000 倍：它把输出 sigmoid 对每张图像都推到 1，而 784 个输入上的 uniform(-1, 1) 早已使隐藏单元饱和。修正后的孪生版本使用平均梯度、64 个一批的小批次、Xavier 初始化和偏置，以及 softmax 加交叉熵（类别不是要回归的数值）：10 轮约 90%。</translation>
    </message>
    <message>
        <source>001: gradients by numerical differentiation</source>
        <translation>001：用数值微分求梯度</translation>
    </message>
    <message>
        <source>784-50-10, ReLU, softmax and cross-entropy, mini-batches of 100, learning rate 0.001, weights normal(0, 0.01), 1,000 steps, every gradient computed by central differences: two forward passes for each of the 39,760 parameters, every step. It learned, very slowly.</source>
        <translation>784-50-10，ReLU，softmax 和交叉熵，100 个一批的小批次，学习率 0.001，权重 normal(0, 0.01)，1,000 步，每个梯度都用中心差分计算：每一步对 39,760 个参数中的每一个都做两次前向传播。它学会了，但非常慢。</translation>
    </message>
    <message>
        <source>The cost of one step: backprop against numerical differentiation (run &apos;Compare step cost&apos;). With backprop the 1,000 steps take a second or two (measured: 0.8-2.2 s of training on a shared 2-core machine with one BLAS thread, as the app and the command line train by default; with --threads 2 the command line took 18-31 s there while other work ran); the loss still creeps down from 2.30, because learning rate 0.001 on weights of 0.01 is tiny.</source>
        <translation>一步的开销：反向传播对数值微分（运行“比较每步开销”）。用反向传播，1,000 步只需一两秒（实测：在一台共享的双核机器上用一个 BLAS 线程训练，应用和命令行默认都是这样，耗时 0.8-2.2 秒；命令行用 --threads 2、同时有其他任务运行时耗时 18-31 秒）；损失仍从 2.30 缓慢下降，因为在 0.01 的权重上用 0.001 的学习率太小了。</translation>
    </message>
    <message>
        <source>Backprop gives every gradient in one backward pass; numerical gradients are for checking it (the gradient check), not for training. The fixed twin also uses He initialisation and learning rate 0.1: above 90% in the same 1,000 steps.</source>
        <translation>反向传播在一次反向传递中给出所有梯度；数值梯度是用来检验它的（梯度检验），而不是用来训练的。修正后的孪生版本还使用 He 初始化和 0.1 的学习率：同样 1,000 步超过 90%。</translation>
    </message>
    <message>
        <source>002: an error that converges to a strange number</source>
        <translation>002：收敛到一个奇怪数值的误差</translation>
    </message>
    <message>
        <source>A sigmoid network with squared error. The sigmoid derivative is written y*(y-1), it is applied to outputs that already went through the sigmoid, and the update adds the step instead of subtracting it. The error falls, then stays at a strange number and never nears zero.</source>
        <translation>一个用平方误差的 sigmoid 网络。sigmoid 导数写成了 y*(y-1)，它被用在已经经过 sigmoid 的输出上，而且更新把步长加上而不是减去。误差下降后停在一个奇怪的数值，始终不接近零。</translation>
    </message>
    <message>
        <source>The loss falls from about 1.5 to about 0.45 and stops. Pushed uphill, the hidden sigmoids saturate (Diagnostics: 100%) and give every image the same activations, so the output layer can only learn one answer for all of them: about 0.1 for each digit, how often it occurs. The error of that answer is 0.5 * (0.9^2 + 9 * 0.1^2) = 0.45: the strange number. Accuracy stays at chance. Run the gradient check: W2 and b2 fail (one wrong sign), W1 and b1 fail (the sigmoid applied twice); the update check fails too.</source>
        <translation>损失从约 1.5 降到约 0.45 后停住。隐藏层被推向上坡，其 sigmoid 饱和（“诊断”：100%），对每张图像都给出相同的激活，因此输出层只能为所有图像学到同一个答案：每个数字约 0.1，即它出现的频率。这个答案的误差是 0.5 × (0.9² + 9 × 0.1²) = 0.45：就是那个奇怪的数。准确率停留在随机水平。运行梯度检验：W2 和 b2 失败（一个错误的符号），W1 和 b1 失败（sigmoid 用了两次）；更新检验也失败。</translation>
    </message>
    <message>
        <source>Turn the three bug switches off (the fixed twin): the derivative y*(1-y) of the layer&apos;s own output, and weights - learning_rate * gradient. The gradient check and the update check pass, and the same network reaches about 85% in the same steps.</source>
        <translation>关闭三个错误开关（修正后的孪生版本）：对该层自身输出求导数 y*(1-y)，并用 weights - learning_rate * gradient。梯度检验和更新检验都通过，同一个网络在同样的步数内达到约 85%。</translation>
    </message>
    <message>
        <source>003: a loss that jumps around</source>
        <translation>003：上下跳动的损失</translation>
    </message>
    <message>
        <source>784-3-3-2, sigmoid hidden layers, softmax output, 3 against 7, every image in one step, gradients summed, learning rate 0.005, and (1 - sigmoid(a)) where a is already an activation instead of a*(1-a). The loss swings between 0.45 and 4.8 and never settles below 1.</source>
        <translation>784-3-3-2，sigmoid 隐藏层，softmax 输出，3 对 7，全部图像用于一步（全批次），梯度求和，学习率 0.005，并且在 a 已经是激活值的地方用了 (1 - sigmoid(a)) 而不是 a*(1-a)。损失在 0.45 和 4.8 之间摆动，从未稳定在 1 以下。</translation>
    </message>
    <message>
        <source>The loss jumps up and down from one step to the next instead of falling; the hidden sigmoids saturate. The gradient check fails on W1, b1, W2 and b2 (the layers behind the wrong derivative). On fresh weights it passes on W3 and b3; after the 300 epochs it may show W3 as &quot;vanishing&quot;, too small to check. W3&apos;s gradient is the second hidden layer&apos;s outputs times the output&apos;s error: on most images the network gets wrong those saturated sigmoids output 0, and it is sure of the rest (error about 0). That is no failure: b3, which gets the output&apos;s error alone, still passes.</source>
        <translation>损失从一步到下一步上下跳动，而不是下降；隐藏层 sigmoid 饱和。梯度检验在 W1、b1、W2 和 b2（错误导数之后的层）上失败。在初始的随机权重上，它在 W3 和 b3 上通过；训练 300 轮之后，它可能把 W3 标为“消失”：梯度太小，无法检验。W3 的梯度是第二个隐藏层的输出乘以输出的误差：在网络判断错误的大多数图像上，这些饱和的 sigmoid 输出 0，而对其余图像网络已经很确定（误差约为 0）。这不是失败：只接收输出误差的 b3 仍然通过检验。</translation>
    </message>
    <message>
        <source>Two things: the derivative a*(1-a), and a step that does not grow with the data. With about 12,000 images summed, learning rate 0.005 takes the step of learning rate 60 on the mean gradient (even with the right derivative the loss then bounces between two values). The fixed twin averages the gradient over mini-batches of 64 with learning rate 0.5: the loss falls steadily, about 98% correct.</source>
        <translation>两件事：导数 a*(1-a)，以及一个不随数据增大的步长。约 12,000 张图像求和时，学习率 0.005 走的是对平均梯度用学习率 60 的一步（即使导数正确，损失也会在两个值之间来回弹跳）。修正后的孪生版本在 64 个一批的小批次上对梯度取平均，学习率 0.5：损失稳定下降，约 98% 正确。</translation>
    </message>
</context>
<context>
    <name>runs</name>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>init</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>学习率计划</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>val</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>augment</source>
        <translation>增强</translation>
    </message>
    <message>
        <source>deskew</source>
        <translation>倾斜校正</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>bug:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>styles</source>
        <translation>笔迹风格</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>全批次</translation>
    </message>
    <message>
        <source>{0} all</source>
        <translation>{0} 全部</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>save_target</name>
    <message>
        <source>{0} is a folder; give a file name such as {1}</source>
        <translation>{0} 是一个文件夹；请给出文件名，例如 {1}</translation>
    </message>
    <message>
        <source>{0} is not a regular file (a device or a pipe); give a file name such as {1}</source>
        <translation>{0} 不是普通文件（而是设备或管道）；请给出文件名，例如 {1}</translation>
    </message>
    <message>
        <source>the folder {0} does not exist</source>
        <translation>文件夹 {0} 不存在</translation>
    </message>
    <message>
        <source>{0} is not a folder</source>
        <translation>{0} 不是文件夹</translation>
    </message>
    <message>
        <source>there is no permission to write in the folder {0}</source>
        <translation>没有在文件夹 {0} 中写入的权限</translation>
    </message>
    <message>
        <source>{0} is read-only; give another file name, or make the file writable first</source>
        <translation>{0} 是只读文件；请换一个文件名，或先让该文件可写</translation>
    </message>
    <message>
        <source>there is no permission to write {0} in {1}</source>
        <translation>没有在 {1} 中写入 {0} 的权限</translation>
    </message>
    <message>
        <source>the disk holding {0} is full</source>
        <translation>{0} 所在的磁盘已满</translation>
    </message>
    <message>
        <source>{0} could not be written in {1}: {2}</source>
        <translation>无法在 {1} 中写入 {0}：{2}</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>{0} init</source>
        <translation>{0} 初始化</translation>
    </message>
    <message>
        <source>{0} lr {1:g}</source>
        <translation>{0} 学习率 {1:g}</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>全批次</translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation>批次 {0}</translation>
    </message>
    <message>
        <source>digits {0}</source>
        <translation>数字 {0}</translation>
    </message>
    <message>
        <source>pen styles on {0}</source>
        <translation>笔迹风格用于 {0}</translation>
    </message>
    <message>
        <source>BUGS ON: {0}</source>
        <translation>已开启错误：{0}</translation>
    </message>
    <message>
        <source>Quick</source>
        <translation>快速</translation>
    </message>
    <message>
        <source>Accurate</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>Convolutional</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
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
        <translation>Softmax + 交叉熵</translation>
    </message>
    <message>
        <source>Sigmoid + squared error</source>
        <translation>Sigmoid + 平方误差</translation>
    </message>
    <message>
        <source>Linear + squared error</source>
        <translation>线性 + 平方误差</translation>
    </message>
    <message>
        <source>One sigmoid output: label / 10</source>
        <translation>一个 sigmoid 输出：label / 10</translation>
    </message>
    <message>
        <source>One linear output: label / 10</source>
        <translation>一个线性输出：label / 10</translation>
    </message>
    <message>
        <source>Uniform(−1, 1)</source>
        <translation>均匀分布(−1, 1)</translation>
    </message>
    <message>
        <source>Normal(0, 0.01)</source>
        <translation>正态分布(0, 0.01)</translation>
    </message>
    <message>
        <source>Xavier / Glorot</source>
        <translation>Xavier / Glorot</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>求和</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>常数</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>余弦衰减</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Affine</source>
        <translation>仿射</translation>
    </message>
    <message>
        <source>Affine + pen styles</source>
        <translation>仿射 + 笔迹风格</translation>
    </message>
    <message>
        <source>no augmentation</source>
        <translation>无数据增强</translation>
    </message>
    <message>
        <source>{0} augmentation</source>
        <translation>数据增强：{0}</translation>
    </message>
    <message>
        <source>{0} schedule</source>
        <translation>学习率调度：{0}</translation>
    </message>
    <message>
        <source>with biases</source>
        <translation>有偏置</translation>
    </message>
    <message>
        <source>no biases</source>
        <translation>无偏置</translation>
    </message>
    <message>
        <source>digits straightened</source>
        <translation>校正倾斜</translation>
    </message>
    <message>
        <source>digits not straightened</source>
        <translation>不校正倾斜</translation>
    </message>
    <message>
        <source>untrained (random weights)</source>
        <translation>未训练（随机权重）</translation>
    </message>
    <message>
        <source>{0} trained</source>
        <translation>已训练 {0}</translation>
    </message>
    <message>
        <source>{0:.1f} epochs trained</source>
        <translation>已训练 {0:.1f} 轮</translation>
    </message>
    <message>
        <source>untrained</source>
        <translation>未训练</translation>
    </message>
    <message>
        <source>after {0}</source>
        <translation>{0}之后</translation>
    </message>
    <message>
        <source>after epoch {0}</source>
        <translation>第 {0} 轮之后</translation>
    </message>
    <message>
        <source>after {0:.1f} epochs</source>
        <translation>{0:.1f} 轮之后</translation>
    </message>
    <message>
        <source>This model is untrained (random weights): it cannot read digits yet, so teaching it your handwriting cannot help. Train it first.</source>
        <translation>这个模型还没有训练（随机权重）：它还不会读数字，所以教它认你的笔迹也没有用。请先训练它。</translation>
    </message>
    <message>
        <source>This model reads only {0:.0f}% of the digits it was checked on, about what guessing gets ({1:.0f}%): it has not learnt to read digits, so teaching it your handwriting cannot help. Train a model that reads first.</source>
        <translation>这个模型在检验它的数字上只读对了 {0:.0f}%，与瞎猜差不多（{1:.0f}%）：它还没有学会读数字，所以教它认你的笔迹也没有用。请先训练一个能读数字的模型。</translation>
    </message>
    <message>
        <source>{0:.2f} × 10 = {1:.1f}, which rounds to none of its digits (nearest: {2})</source>
        <translation>{0:.2f} × 10 = {1:.1f}，四舍五入后不是它的任何一个数字（最近的是 {2}）</translation>
    </message>
    <message>
        <source>{0:.2f} × 10 = {1:.1f}, which rounds to {2}</source>
        <translation>{0:.2f} × 10 = {1:.1f}，四舍五入为 {2}</translation>
    </message>
</context>
</TS>
